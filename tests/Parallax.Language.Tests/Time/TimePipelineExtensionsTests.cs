using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Language.Time;

namespace Parallax.Language.Tests.Time;

public sealed class TimePipelineExtensionsTests
{
    [Fact]
    public void Adds_a_tagger_that_runs_first_and_produces_the_layer()
    {
        var pipeline = new ParallaxPipelineBuilder().UseTimeExpressions().Build();

        var document = pipeline.Annotate(TimeTestDocuments.FromParagraphs("p", null, "The war began in February 2022.").Article);

        Assert.IsType<TimeExpressionTagger>(Assert.Single(pipeline.Annotators));
        Assert.True(document.Has(AnnotationLayers.TimeExpressions));
        Assert.Equal("2022-02", Assert.Single(document.TimeExpressions).Value);
    }
}
