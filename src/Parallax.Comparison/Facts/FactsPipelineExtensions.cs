using Parallax.Comparison.Conflicts;
using Parallax.Comparison.QuoteVariants;
using Parallax.Comparison.Reuse;
using Parallax.Comparison.Summary;
using Parallax.Core.Pipeline;

namespace Parallax.Comparison.Facts;

/// <summary>Adds the fact, conflict, quote-variant, shared-wording and summary analyzers to a pipeline.</summary>
public static class FactsPipelineExtensions
{
    /// <summary>Adds <see cref="FactAligner"/> (fills <c>Facts</c>).</summary>
    public static ParallaxPipelineBuilder UseFacts(this ParallaxPipelineBuilder builder, double threshold = FactAligner.DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.StoryAnalyzers.Add(new FactAligner(threshold));
        return builder;
    }

    /// <summary>Adds <see cref="ConflictDetector"/> (fills <c>Conflicts</c>).</summary>
    public static ParallaxPipelineBuilder UseConflicts(this ParallaxPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.StoryAnalyzers.Add(new ConflictDetector());
        return builder;
    }

    /// <summary>Adds <see cref="QuoteVariantFinder"/> (fills <c>QuoteVariants</c>); add it after the entity analyzer to match speakers through story entities.</summary>
    public static ParallaxPipelineBuilder UseQuoteVariants(this ParallaxPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.StoryAnalyzers.Add(new QuoteVariantFinder());
        return builder;
    }

    /// <summary>Adds <see cref="SharedWordingFinder"/> (fills <c>SharedWordings</c>).</summary>
    public static ParallaxPipelineBuilder UseSharedWording(this ParallaxPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.StoryAnalyzers.Add(new SharedWordingFinder());
        return builder;
    }

    /// <summary>Adds <see cref="SummaryBuilder"/> (fills <c>Summary</c>); add it after <see cref="UseFacts"/>.</summary>
    public static ParallaxPipelineBuilder UseSummary(this ParallaxPipelineBuilder builder, SummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.StoryAnalyzers.Add(new SummaryBuilder(options));
        return builder;
    }
}
