using Parallax.Core.Pipeline;

namespace Parallax.Stories;

/// <summary>Adds story detection to a pipeline.</summary>
public static class StoriesPipelineExtensions
{
    /// <summary>Sets a <see cref="StoryDetector"/> with the given options (or the defaults) as the pipeline's story detector.</summary>
    public static ParallaxPipelineBuilder UseStories(this ParallaxPipelineBuilder builder, StoryDetectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.StoryDetector = new StoryDetector(options);
        return builder;
    }
}
