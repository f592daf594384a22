using Parallax.Core.Annotations;

namespace Parallax.Language.Tests.Quotes;

/// <summary>The default attributor, with the tagger trained on PolNeAR, on invented text.</summary>
public sealed class TaggedAttributionTests
{
    [Fact]
    public void A_study_that_found_something_is_an_attribution_to_the_study()
    {
        var document = TestDocuments.Annotate("A study by the Lindqvist Institute found that fewer commuters cycled in the winter months.");

        var found = Assert.Single(document.Attributions);
        Assert.Equal("found", document.Slice(found.Cue!.Value));
        Assert.Contains("fewer commuters cycled", document.Slice(found.Content), StringComparison.Ordinal);
        Assert.Contains("study", document.Slice(found.SourceSpan!.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void The_subject_of_the_cue_speaks_rather_than_a_longer_tagged_source()
    {
        // The source tagger reads "Ilse Brandt on Monday, union leader Piet Maas" as one source; the subject of "estimated" is Piet Maas.
        var document = TestDocuments.Annotate("After meeting Ilse Brandt on Monday, union leader Piet Maas estimated that the strike would go on.");

        var found = Assert.Single(document.Attributions);
        Assert.Equal("estimated", document.Slice(found.Cue!.Value));
        Assert.Equal("Piet Maas", document.Slice(found.SourceSpan!.Value));
        Assert.Equal("Piet Maas", found.Speaker);
    }

    [Theory]
    [InlineData("Governor Ansel Varga believes the new toll will shorten queues at the bridge.")]
    [InlineData("A poll released on Monday showed that most residents opposed the quarry.")]
    public void A_paraphrase_is_never_a_quote(string sentence)
    {
        var document = TestDocuments.Annotate(sentence);

        Assert.NotEmpty(document.Attributions);
        Assert.All(document.Attributions, a => Assert.Equal(AttributionKind.Indirect, a.Kind));
    }

    [Fact]
    public void A_direct_quote_stays_direct_with_its_speaker()
    {
        var document = TestDocuments.Annotate(
            "Harbour pilot Tomas Revik has worked the strait for twenty years.",
            "“We will not close the ferry route while I am in charge,” Revik told the council on Tuesday.");

        var quote = TestDocuments.QuoteStarting(document, "We will not close the ferry route");
        Assert.Equal(AttributionKind.Direct, quote.Kind);
        Assert.Equal("Tomas Revik", quote.Speaker);
        Assert.DoesNotContain(document.Attributions, a => a.Kind == AttributionKind.Indirect && a.Content.Overlaps(quote.Content));
    }

    [Fact]
    public void A_pronoun_source_found_by_the_tagger_resolves_to_the_person()
    {
        var document = TestDocuments.Annotate(
            "Edda Lorentzen runs the island's only clinic.",
            "She estimated that the clinic would need two more nurses by next year.");

        var found = Assert.Single(document.Attributions);
        Assert.Equal("She", document.Slice(found.SourceSpan!.Value));
        Assert.Equal("Edda Lorentzen", found.Speaker);
    }
}
