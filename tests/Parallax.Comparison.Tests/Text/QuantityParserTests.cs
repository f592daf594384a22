using Parallax.Comparison.Text;
using Parallax.Core.Text;

namespace Parallax.Comparison.Tests.Text;

public sealed class QuantityParserTests
{
    private static Quantity Single(string sentence)
    {
        var quantities = Parse(sentence);
        return Assert.Single(quantities);
    }

    private static IReadOnlyList<Quantity> Parse(string sentence) =>
        QuantityParser.Parse(WordTokenizer.Tokenize(sentence, new TextSpan(0, sentence.Length)), sentence);

    [Theory]
    [InlineData("Officials held three meetings.", 3)]
    [InlineData("Some twenty soldiers were wounded.", 20)]
    [InlineData("A coalition of two dozen countries met.", 24)]
    [InlineData("The three-and-a-half-year war goes on.", 3.5)]
    [InlineData("About 40,000 troops are deployed.", 40000)]
    [InlineData("They saw twenty-one drones.", 21)]
    [InlineData("Costs rose to 1.5 million dollars.", 1500000)]
    [InlineData("The vote took two hundred and fifty ballots.", 250)]
    public void Normalises_cardinals(string sentence, double expected)
    {
        var quantity = Single(sentence);
        Assert.Equal(QuantityKind.Cardinal, quantity.Kind);
        Assert.Equal(expected, quantity.Value, 6);
    }

    [Theory]
    [InlineData("The conflict enters its third year.", "Ordinal", 3)]
    [InlineData("It is the 4th attempt.", "Ordinal", 4)]
    [InlineData("The twenty-first session opened.", "Ordinal", 21)]
    [InlineData("They met twice in Geneva.", "Times", 2)]
    [InlineData("They met three times in Geneva.", "Times", 3)]
    [InlineData("Russia occupies 20% of the land.", "Percent", 20)]
    [InlineData("Turnout was 61 per cent on the day.", "Percent", 61)]
    [InlineData("Crimea was annexed in 2014 by force.", "Year", 2014)]
    public void Recognises_kinds(string sentence, string kind, double expected)
    {
        var quantity = Single(sentence);
        Assert.Equal(Enum.Parse<QuantityKind>(kind), quantity.Kind);
        Assert.Equal(expected, quantity.Value, 6);
    }

    [Fact]
    public void Modifiers_turn_values_into_ranges()
    {
        var more = Single("After more than three years of war, talks resumed.");
        Assert.True(more.Low > 3 && double.IsPositiveInfinity(more.High));
        Assert.Equal("more than three", more.Text);

        var about = Single("Poland and about 40 allies called for calm.");
        Assert.True(about.Low < 40 && about.High > 40);

        var under = Single("Fewer than 100 people attended.");
        Assert.True(under.High <= 100 && under.Low < 0);
    }

    [Fact]
    public void Vague_plurals_give_ranges_that_scale()
    {
        var quantity = Single("Tens of thousands of people have been killed.");
        Assert.Equal(10_000, quantity.Low);
        Assert.Equal(100_000, quantity.High);
        Assert.Equal("Tens of thousands", quantity.Text);
    }

    [Fact]
    public void Day_numbers_and_designations_are_not_quantities()
    {
        Assert.Empty(Parse("The June 2 meeting ended early."));
        Assert.Empty(Parse("Jets such as the F-16 arrived."));
        Assert.Empty(Parse("Talks were held on 12 March in Geneva."));
    }

    [Fact]
    public void Quantity_spans_point_at_the_text()
    {
        const string sentence = "Negotiators met three times, then twice more.";
        var quantities = Parse(sentence);
        Assert.Equal(2, quantities.Count);
        Assert.Equal("three times", quantities[0].Span.Slice(sentence));
        Assert.Equal("twice", quantities[1].Span.Slice(sentence));
    }
}
