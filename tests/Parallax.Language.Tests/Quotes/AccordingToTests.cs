using Parallax.Core.Annotations;

namespace Parallax.Language.Tests.Quotes;

/// <summary>"…, according to X" with the rules alone: what follows "according to" is the source, named or not.</summary>
public sealed class AccordingToTests
{
    [Fact]
    public void Figures_and_documents_after_according_to_are_sources()
    {
        var document = RulesOnlyPipeline.Instance.Annotate(TestDocuments.Article(
            "fixture", "Unemployment in the valley fell for a third month, according to figures from the regional labour bureau."));

        var found = Assert.Single(document.Attributions);
        Assert.Equal(AttributionKind.Indirect, found.Kind);
        Assert.Equal("according to", document.Slice(found.Cue!.Value));
        Assert.Equal("Unemployment in the valley fell for a third month", document.Slice(found.Content));
        Assert.Equal("figures from the regional labour bureau", document.Slice(found.SourceSpan!.Value));
        Assert.Equal("figures from the regional labour bureau", found.Speaker);
    }

    [Fact]
    public void A_named_source_after_according_to_is_still_the_entity()
    {
        var document = RulesOnlyPipeline.Instance.Annotate(TestDocuments.Article(
            "fixture", "Harbour pilot Tomas Revik was recalled from leave.", "The ferry will run twice a day, according to Revik."));

        var found = Assert.Single(document.Attributions);
        Assert.Equal("Tomas Revik", found.Speaker);
        Assert.NotNull(found.SpeakerEntityId);
    }
}
