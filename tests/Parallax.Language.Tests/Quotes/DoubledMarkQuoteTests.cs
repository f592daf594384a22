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
            $"{open}Mexico has been very good at following the rules of trade agreements,{close} said Chad Bown, an economist at the institute.");

        var quote = TestDocuments.QuoteStarting(document, "Mexico has been very good");

        Assert.Equal(AttributionKind.Direct, quote.Kind);
        Assert.Equal("Mexico has been very good at following the rules of trade agreements", document.Slice(quote.Content));
        Assert.Equal("said", document.Slice(quote.Cue!.Value));
        Assert.Equal("Chad Bown", quote.Speaker);
    }

    [Fact]
    public void A_doubled_apostrophe_inside_a_word_opens_no_quote()
    {
        var document = TestDocuments.Annotate("The band played rock''n''roll all night long, the organisers said on Sunday.");

        Assert.DoesNotContain(document.Attributions, a => a.Kind is AttributionKind.Direct or AttributionKind.Partial);
    }
}
