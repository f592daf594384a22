using Parallax.Comparison.Facts;
using Parallax.Comparison.Timeline;
using Parallax.Comparison.Voices;
using Parallax.Core.Pipeline;
using Parallax.Language;
using Parallax.Language.Time;
using Parallax.Stories;

namespace Parallax.Cli;

/// <summary>The pipeline <c>parallax analyze</c> runs: every stage, in dependency order.</summary>
public static class DefaultPipeline
{
    /// <summary>Builds the default pipeline.</summary>
    public static ParallaxPipeline Create() =>
        new ParallaxPipelineBuilder()
            .UseSentences()
            .UseTokens()
            .UseEntities()
            .UseAttributions()
            .UseTimeExpressions()
            .UseStories()
            .UseStoryEntities()
            .UseQuotes()
            .UseFacts()
            .UseConflicts()
            .UseQuoteVariants()
            .UseVoices()
            .UseTerms()
            .UseCoverage()
            .UseSummary()
            .UseTimeline()
            .Build();
}
