namespace Parallax.Core.Pipeline;

/// <summary>
/// Assembles a <see cref="ParallaxPipeline"/>. Each project adds its stages through a <c>UseX()</c> extension method;
/// <see cref="Build"/> checks that every stage's requirements are produced by an earlier stage.
/// </summary>
public sealed class ParallaxPipelineBuilder
{
    /// <summary>Per-document stages, in order.</summary>
    public IList<IDocumentAnnotator> Annotators { get; } = [];

    /// <summary>The story detector; without one, every article is its own story.</summary>
    public IStoryDetector? StoryDetector { get; set; }

    /// <summary>Per-story stages, in order.</summary>
    public IList<IStoryAnalyzer> StoryAnalyzers { get; } = [];

    /// <summary>How many documents are annotated at once; defaults to the processor count.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Validates the stages and returns the immutable pipeline.</summary>
    public ParallaxPipeline Build()
    {
        var produced = Annotations.AnnotationLayers.None;
        foreach (var annotator in Annotators)
        {
            var missing = annotator.Requires & ~produced;
            if (missing != Annotations.AnnotationLayers.None)
            {
                throw new PipelineConfigurationException(
                    $"Stage '{annotator.Name}' requires {missing}, which no earlier stage produces.");
            }

            produced |= annotator.Produces;
        }

        if (StoryDetector is not null && (StoryDetector.Requires & ~produced) is var detectorMissing
            && detectorMissing != Annotations.AnnotationLayers.None)
        {
            throw new PipelineConfigurationException($"The story detector requires {detectorMissing}, which no stage produces.");
        }

        foreach (var analyzer in StoryAnalyzers)
        {
            var missing = analyzer.Requires & ~produced;
            if (missing != Annotations.AnnotationLayers.None)
            {
                throw new PipelineConfigurationException(
                    $"Story analyzer '{analyzer.Name}' requires {missing}, which no stage produces.");
            }
        }

        return new ParallaxPipeline([.. Annotators], StoryDetector, [.. StoryAnalyzers], Math.Max(1, MaxDegreeOfParallelism));
    }
}
