using Parallax.Core.Pipeline;
using Parallax.Language.Quotes;

namespace Parallax.Language.Tests.Quotes;

/// <summary>Sentences, tokens, entities and the quote rules without the attribution tagger: what the rules alone find.</summary>
internal static class RulesOnlyPipeline
{
    public static ParallaxPipeline Instance { get; } = Build();

    private static ParallaxPipeline Build()
    {
        var builder = new ParallaxPipelineBuilder().UseSentences().UseTokens().UseEntities();
        builder.Annotators.Add(new QuoteAttributor(null));
        return builder.Build();
    }
}
