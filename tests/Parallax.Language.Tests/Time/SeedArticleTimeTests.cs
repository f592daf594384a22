using Parallax.Core.Annotations;
using Parallax.Language.Time;

namespace Parallax.Language.Tests.Time;

/// <summary>The seed articles have no publication date: only absolute dates resolve, deictic ones stay null.</summary>
public sealed class SeedArticleTimeTests
{
    private static Document Tagged(string prefix) => new TimeExpressionTagger().Annotate(TimeTestDocuments.Seed(prefix));

    private static TimeExpression Only(Document document, string phrase) =>
        Assert.Single(document.TimeExpressions, t => document.Slice(t.Span) == phrase);

    [Fact]
    public void Article_002_resolves_its_absolute_dates_and_leaves_weekdays_open()
    {
        var document = Tagged("002");

        Assert.Equal("2025-01", Only(document, "January 2025").Value);
        Assert.Equal("XXXX-06-02", Only(document, "June 2").Value);
        Assert.Equal("XXXX-05", Only(document, "mid-May").Value);
        Assert.Equal("XXXX-06", Only(document, "early June").Value);
        Assert.Equal("P3Y", Only(document, "three-year").Value);
        Assert.Equal("P1Y", Only(document, "third year").Value);
        Assert.All(document.TimeExpressions.Where(t => document.Slice(t.Span) is "Friday" or "Sunday"), t => Assert.Null(t.Value));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("004")]
    public void The_annexation_year_2014_is_found(string prefix)
    {
        var document = Tagged(prefix);

        Assert.Equal(TimexType.Date, Only(document, "2014").Type);
        Assert.Equal("2014", Only(document, "2014").Value);
    }

    [Fact]
    public void Article_000_durations_and_unresolved_deictic_dates()
    {
        var document = Tagged("000");

        Assert.Equal("P3Y6M", Only(document, "three-and-a-half-year").Value);
        Assert.Null(Only(document, "Tuesday night").Value);
        Assert.Equal(TimexType.Time, Only(document, "Tuesday night").Type);
        Assert.Null(Only(document, "earlier this year").Value);
        Assert.DoesNotContain(document.TimeExpressions, t => document.Slice(t.Span).Contains("2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Article_004_keeps_the_author_surname_out_and_reads_the_invasion_date()
    {
        var document = Tagged("004");

        Assert.Equal("2022-02", Only(document, "February 2022").Value);
        Assert.Equal("P3Y", Only(document, "more than three years").Value);
        Assert.DoesNotContain(document.TimeExpressions, t => document.Slice(t.Span) == "Sunday");
    }

    [Fact]
    public void Every_seed_expression_lies_inside_the_text_in_order()
    {
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
        {
            var document = Tagged(prefix);
            Assert.NotEmpty(document.TimeExpressions);
            for (var i = 0; i < document.TimeExpressions.Length; i++)
            {
                var span = document.TimeExpressions[i].Span;
                Assert.True(span.End <= document.Text.Length);
                Assert.True(i == 0 || document.TimeExpressions[i - 1].Span.End <= span.Start);
            }
        }
    }
}
