using Parallax.Comparison.Summary;
using Parallax.Comparison.Tests.Text;
using Parallax.Comparison.Text;

namespace Parallax.Comparison.Tests.Summary;

public sealed class SelectionTokensTests
{
    [Fact]
    public void A_possessive_is_split_off_and_a_contraction_that_is_a_stop_word_is_not() =>
        Assert.Equal(
            "mayor ruiz s plan it's late",
            string.Join(' ', SelectionTokens.Of(Profile("Mayor Ruiz's plan, it's late."))));

    [Fact]
    public void A_name_and_its_possessive_are_one_concept()
    {
        var corpus = StoryCorpus.Build(
        [
            TestDocuments.FromParagraphs("Alpha News", "Mayor Ruiz's plan for the port was approved by the council on Monday."),
            TestDocuments.FromParagraphs("Beta Times", "Mayor Ruiz won the vote on a new harbour budget during the evening session."),
            TestDocuments.FromParagraphs("Gamma Post", "Residents backed Mayor Ruiz after a long debate about fishing quotas."),
        ]);

        var concepts = BigramConcepts.Build(corpus, 3);

        // "mayor ruiz" is used by all three documents, the first through its possessive.
        Assert.Equal(3, Assert.Single(concepts.Weights));
        Assert.Single(concepts.In(corpus.Profiles[0]));
    }

    private static SentenceProfile Profile(string sentence) =>
        StoryCorpus.Build([TestDocuments.FromParagraphs("Alpha News", sentence)]).Profiles.Single();
}
