using Parallax.Core.Pipeline;

namespace Parallax.Comparison.Timeline;

/// <summary>Adds the story timeline to a pipeline.</summary>
public static class TimelinePipelineExtensions
{
    /// <summary>Adds <see cref="TimelineAnalyzer"/>: dated events of each story, merged across outlets.</summary>
    public static ParallaxPipelineBuilder UseTimeline(this ParallaxPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.StoryAnalyzers.Add(new TimelineAnalyzer());
        return builder;
    }
}
