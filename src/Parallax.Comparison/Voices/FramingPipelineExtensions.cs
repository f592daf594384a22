using Parallax.Comparison.Coverage;
using Parallax.Comparison.Quotes;
using Parallax.Comparison.Terms;
using Parallax.Core.Pipeline;

namespace Parallax.Comparison.Voices;

/// <summary>Adds the quote list, voices, framing terms and coverage analyzers to a pipeline.</summary>
public static class FramingPipelineExtensions
{
    /// <summary>Adds <see cref="QuoteCollector"/>; add it after the entity linker so speakers get story-level names.</summary>
    public static ParallaxPipelineBuilder UseQuotes(this ParallaxPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.StoryAnalyzers.Add(new QuoteCollector());
        return builder;
    }

    /// <summary>Adds <see cref="VoiceCounter"/>; add it after the entity linker so speakers get story-level names.</summary>
    public static ParallaxPipelineBuilder UseVoices(this ParallaxPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.StoryAnalyzers.Add(new VoiceCounter());
        return builder;
    }

    /// <summary>Adds <see cref="TermScorer"/> with the given settings, or the defaults.</summary>
    public static ParallaxPipelineBuilder UseTerms(this ParallaxPipelineBuilder builder, TermScorerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.StoryAnalyzers.Add(new TermScorer(options));
        return builder;
    }

    /// <summary>Adds <see cref="Framing.FramingAnalyzer"/>: attribution verbs and loaded words per outlet, own voice apart from quotes.</summary>
    public static ParallaxPipelineBuilder UseFraming(this ParallaxPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.StoryAnalyzers.Add(new Framing.FramingAnalyzer());
        return builder;
    }

    /// <summary>Adds <see cref="CoverageMapper"/>; add it after the entity linker and the fact aligner.</summary>
    public static ParallaxPipelineBuilder UseCoverage(this ParallaxPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.StoryAnalyzers.Add(new CoverageMapper());
        return builder;
    }
}
