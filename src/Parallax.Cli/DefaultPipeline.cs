using Parallax.Core.Pipeline;

namespace Parallax.Cli;

/// <summary>The pipeline <c>parallax analyze</c> runs: every stage, in dependency order.</summary>
public static class DefaultPipeline
{
    /// <summary>Builds the default pipeline.</summary>
    public static ParallaxPipeline Create()
    {
        var builder = new ParallaxPipelineBuilder();
        return builder.Build();
    }
}
