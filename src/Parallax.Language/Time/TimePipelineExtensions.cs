using Parallax.Core.Pipeline;

namespace Parallax.Language.Time;

/// <summary>Registers the time-expression stage.</summary>
public static class TimePipelineExtensions
{
    /// <summary>Adds a <see cref="TimeExpressionTagger"/> to the per-document stages.</summary>
    public static ParallaxPipelineBuilder UseTimeExpressions(this ParallaxPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Annotators.Add(new TimeExpressionTagger());
        return builder;
    }
}
