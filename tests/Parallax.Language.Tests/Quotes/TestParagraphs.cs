using Parallax.Language.Quotes;
using Parallax.Language.Quotes.Tagging;

namespace Parallax.Language.Tests.Quotes;

/// <summary>One paragraph of invented text as the attribution tagger sees it, after sentences, tokens and entities.</summary>
internal static class TestParagraphs
{
    public static AttributionParagraph Of(string text)
    {
        var document = new Core.Pipeline.ParallaxPipelineBuilder().UseSentences().UseTokens().UseEntities().Build()
            .Annotate(TestDocuments.Article("fixture", text));
        return Assert.Single(AttributionParagraph.Of(new AttributionContext(document, QuoteScanner.Scan(document))));
    }
}
