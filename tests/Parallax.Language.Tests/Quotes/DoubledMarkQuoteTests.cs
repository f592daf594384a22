using Parallax.Core.Annotations;

namespace Parallax.Language.Tests.Quotes;

public sealed class DoubledMarkQuoteTests
{
    [Theory]
    [InlineData("``", "''")]
    [InlineData("''", "''")]
    public void Double_quotes_typed_as_doubled_single_marks_are_quotes(string open, string close)
    {
        var document = TestDocuments.Annotate(
            $"{open}The harbour has never handled so many ships in a single winter,{close} said Ilse Marten, who runs the pilots' office.");

        var quote = TestDocuments.QuoteStarting(document, "The harbour has never handled");

        Assert.Equal(AttributionKind.Direct, quote.Kind);
        Assert.Equal("The harbour has never handled so many ships in a single winter", document.Slice(quote.Content));
        Assert.Equal("said", document.Slice(quote.Cue!.Value));
        Assert.Equal("Ilse Marten", quote.Speaker);
    }

    [Fact]
    public void A_doubled_apostrophe_inside_a_word_opens_no_quote()
    {
        var document = TestDocuments.Annotate("The band played rock''n''roll all night long, the organisers said on Sunday.");

        Assert.DoesNotContain(document.Attributions, a => a.Kind is AttributionKind.Direct or AttributionKind.Partial);
    }
}
