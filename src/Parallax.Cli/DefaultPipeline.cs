using Parallax.Comparison.Facts;
using Parallax.Comparison.Timeline;
using Parallax.Comparison.Voices;
using Parallax.Core.Pipeline;
using Parallax.Language;
using Parallax.Language.Entities;
using Parallax.Language.Time;
using Parallax.Stories;

namespace Parallax.Cli;

/// <summary>The pipeline <c>parallax analyze</c> runs: every stage, in dependency order.</summary>
public static class DefaultPipeline
{
    /// <summary>Builds the default pipeline, with <paramref name="stories"/> as its story detector (null: a <see cref="StoryDetector"/>).</summary>
    public static ParallaxPipeline Create(Core.Pipeline.IStoryDetector? stories = null)
    {
        var builder = AddDocumentStages(new ParallaxPipelineBuilder());
        builder.StoryDetector = stories ?? new StoryDetector();
        return builder
            .UseStoryEntities()
            .UseQuotes()
            .UseFacts()
            .UseConflicts()
            .UseQuoteVariants()
            .UseSharedWording()
            .UseVoices()
            .UseTerms()
            .UseFraming()
            .UseCoverage()
            .UseSummary()
            .UseTimeline()
            .Build();
    }

    /// <summary>The per-document stages only, with the entity tagger of <paramref name="entities"/>: what <c>parallax annotate</c> shows.</summary>
    public static ParallaxPipeline CreateAnnotationOnly(EntityTaggerKind entities = EntityTaggerKind.Statistical) =>
        AddDocumentStages(new ParallaxPipelineBuilder(), entities).Build();

    private static ParallaxPipelineBuilder AddDocumentStages(ParallaxPipelineBuilder builder, EntityTaggerKind entities = EntityTaggerKind.Statistical) =>
        builder
            .UseSentences()
            .UseTokens()
            .UseEntities(entities)
            .UseAttributions()
            .UseTimeExpressions();
}
