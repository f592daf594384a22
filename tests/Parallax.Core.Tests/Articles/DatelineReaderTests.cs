using Parallax.Core.Articles;

namespace Parallax.Core.Tests.Articles;

public sealed class DatelineReaderTests
{
    [Theory]
    [InlineData("LIMA, Peru (AP) _ Rescue teams reached the village on Monday.", "LIMA, Peru (AP) _", "LIMA, Peru", "AP")]
    [InlineData("OSLO (Reuters) - The central bank held its rate.", "OSLO (Reuters) -", "OSLO", "Reuters")]
    [InlineData("HANOI, Oct. 4 (Xinhua) -- Floods closed two roads.", "HANOI, Oct. 4 (Xinhua) --", "HANOI", "Xinhua")]
    [InlineData("Porto Alegre, Brazil (AFP) – Police said 12 people were hurt.", "Porto Alegre, Brazil (AFP) –", "Porto Alegre, Brazil", "AFP")]
    [InlineData("SANTA ROSA, Calif. (KXYZ) — A wildfire grew overnight.", "SANTA ROSA, Calif. (KXYZ) —", "SANTA ROSA, Calif.", "KXYZ")]
    [InlineData("KIGALI (AP)_ Voters queued before dawn.", "KIGALI (AP)_", "KIGALI", "AP")]
    [InlineData("(CNN) -- A ferry ran aground near the port.", "(CNN) --", null, "CNN")]
    [InlineData("GENEVA _ Negotiators met again on Friday.", "GENEVA _", "GENEVA", null)]
    [InlineData("RIO DE JANEIRO — The carnival opened with a parade.", "RIO DE JANEIRO —", "RIO DE JANEIRO", null)]
    [InlineData("TALLINN, Estonia—``We are ready,'' the minister said.", "TALLINN, Estonia—", "TALLINN, Estonia", null)]
    public void A_dateline_is_read_with_its_place_and_agency(string text, string dateline, string? place, string? agency)
    {
        var found = DatelineReader.Read(text);

        Assert.NotNull(found);
        Assert.Equal(dateline, found.Span.Slice(text));
        Assert.Equal(place, found.Place);
        Assert.Equal(agency, found.Agency);
    }

    [Theory]
    [InlineData("PARIS is preparing for the summit next week.")]
    [InlineData("Paris — the capital of France — is preparing for the summit.")]
    [InlineData("NATO — the alliance of 32 countries — met in Brussels.")]
    [InlineData("COVID-19 cases rose across the valley last week.")]
    [InlineData("UPDATE: The road has reopened.")]
    [InlineData("The minister (who resigned) - said nothing more.")]
    [InlineData("Rescue teams reached LIMA, Peru (AP) _ on Monday.")]
    [InlineData("")]
    public void Prose_that_starts_with_a_place_or_capitals_is_not_a_dateline(string text) =>
        Assert.Null(DatelineReader.Read(text));

    [Fact]
    public void An_article_reads_the_dateline_of_its_first_paragraph_only()
    {
        var article = new Article { Id = "a", Path = "a", Source = "s", Body = ["QUITO (AP) _ The volcano erupted.", "Ash fell."] };
        var later = new Article { Id = "b", Path = "b", Source = "s", Body = ["The volcano erupted.", "QUITO (AP) _ Ash fell."] };

        Assert.Equal(new Dateline(new(0, 12), "QUITO", "AP"), article.Dateline);
        Assert.Null(later.Dateline);
    }
}
