using Parallax.Comparison.Coverage;
using Parallax.Comparison.Quotes;
using Parallax.Comparison.Terms;
using Parallax.Comparison.Voices;
using Parallax.Core.Pipeline;

namespace Parallax.Comparison.Tests.Voices;

public sealed class FramingPipelineExtensionsTests
{
    [Fact]
    public void Adds_the_analyzers_in_the_order_called()
    {
        var builder = new ParallaxPipelineBuilder()
            .UseCoverage()
            .UseQuotes()
            .UseVoices()
            .UseTerms(TermScorerOptions.Default with { MaxTermsPerOutlet = 3 });

        Assert.Collection(
            builder.StoryAnalyzers,
            a => Assert.IsType<CoverageMapper>(a),
            a => Assert.IsType<QuoteCollector>(a),
            a => Assert.IsType<VoiceCounter>(a),
            a => Assert.IsType<TermScorer>(a));
    }

    [Fact]
    public void The_pipeline_refuses_the_analyzers_without_the_layers_they_read()
    {
        Assert.Throws<PipelineConfigurationException>(() => new ParallaxPipelineBuilder().UseQuotes().Build());
        Assert.Throws<PipelineConfigurationException>(() => new ParallaxPipelineBuilder().UseTerms().Build());
    }

    [Fact]
    public void Rejects_settings_that_cannot_work()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TermScorer(new TermScorerOptions { PriorScale = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TermScorer(new TermScorerOptions { MaxTermsPerOutlet = -1 }));
    }
}
