using Parallax.Core.Pipeline;

namespace Parallax.Language.Tests;

public class PipelineTests
{
    [Fact]
    public void Stages_in_the_wrong_order_are_rejected()
    {
        var builder = new ParallaxPipelineBuilder().UseSentences().UseAttributions();
        Assert.Throws<PipelineConfigurationException>(builder.Build);
    }

    [Fact]
    public void Full_language_pipeline_builds_and_is_deterministic()
    {
        var pipeline = new ParallaxPipelineBuilder().UseSentences().UseTokens().UseEntities().UseAttributions().UseStoryEntities().Build();
        Assert.Equal(4, pipeline.Annotators.Length);
        Assert.Single(pipeline.StoryAnalyzers);
        var article = TestDocuments.SeedArticle("003");
        var first = pipeline.Annotate(article);
        var second = pipeline.Annotate(article);
        Assert.NotEmpty(first.Attributions);
        Assert.Equal(first.Attributions.ToArray(), second.Attributions.ToArray());
        Assert.Equal(first.Mentions.ToArray(), second.Mentions.ToArray());
        Assert.Equal(first.Entities.Select(e => e.Name), second.Entities.Select(e => e.Name));
    }
}
