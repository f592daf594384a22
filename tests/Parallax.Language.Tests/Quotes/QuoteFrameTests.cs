using Parallax.Core.Annotations;

namespace Parallax.Language.Tests.Quotes;

/// <summary>Quotation marks typed inconsistently, and the frame after a quotation that carries on its clause.</summary>
public sealed class QuoteFrameTests
{
    [Theory]
    [InlineData("“", "\"")]
    [InlineData("\"", "”")]
    public void A_quote_opened_with_one_kind_of_double_mark_and_closed_with_the_other_is_a_quote(string open, string close)
    {
        var document = TestDocuments.Annotate(
            $"{open}The ferry timetable was written for a town that no longer exists,{close} said Ilse Marten, who runs the pilots' office.");

        var quote = TestDocuments.QuoteStarting(document, "The ferry timetable");

        Assert.Equal(AttributionKind.Direct, quote.Kind);
        Assert.Equal("The ferry timetable was written for a town that no longer exists", document.Slice(quote.Content));
        Assert.Equal("Ilse Marten", quote.Speaker);
    }

    [Fact]
    public void A_straight_quote_inside_a_typographic_one_does_not_close_it()
    {
        var document = TestDocuments.Annotate(
            "“They call it \"the slow boat\" for a reason, and nobody minds,” said Ilse Marten, who runs the pilots' office.");

        var quote = TestDocuments.QuoteStarting(document, "They call it");

        Assert.Equal("They call it \"the slow boat\" for a reason, and nobody minds", document.Slice(quote.Content));
    }

    [Fact]
    public void Words_after_a_quotation_that_carry_on_its_clause_are_not_the_speaker()
    {
        var document = TestDocuments.Annotate(
            "The council published its harbour plan on Monday.",
            "“I have real doubts about the dredging” in the Harbour Authority plan, Ilse Marten said. “It costs too much.”");

        var quote = TestDocuments.QuoteStarting(document, "I have real doubts");

        Assert.Equal("said", document.Slice(quote.Cue!.Value));
        Assert.Equal("Ilse Marten", quote.Speaker);
    }
}
