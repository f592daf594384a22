using Parallax.Comparison.Summary;
using Parallax.Comparison.Tests.Text;
using Parallax.Comparison.Text;

namespace Parallax.Comparison.Tests.Summary;

public sealed class SentenceEligibilityTests
{
    [Theory]
    [InlineData("One would require every ferry to carry twice as many life jackets.")]
    [InlineData("Some were still waiting for news of relatives at the harbour on Friday.")]
    [InlineData("Two were arrested near the border crossing late on Thursday night.")]
    public void A_quantity_standing_for_an_earlier_noun_cannot_open_a_summary_line(string sentence) =>
        Assert.False(SentenceEligibility.IsEligible(Profile(sentence)));

    [Theory]
    [InlineData("One of the ferries ran aground near the harbour on Friday morning.")]
    [InlineData("Two ferries ran aground near the harbour on Friday morning after the storm.")]
    [InlineData("Some 300 passengers were rescued from the ferry by fishing boats on Friday.")]
    public void A_quantity_with_its_noun_can(string sentence) =>
        Assert.True(SentenceEligibility.IsEligible(Profile(sentence)));

    [Theory]
    [InlineData("In the capital, however, the ferry company kept its offices open on Friday.")]
    [InlineData("The ferry company kept its offices in the capital open on Friday, though.")]
    public void A_connective_set_off_by_commas_needs_the_previous_sentence(string sentence) =>
        Assert.False(SentenceEligibility.IsEligible(Profile(sentence)));

    [Fact]
    public void A_connective_word_inside_a_clause_does_not_count() =>
        Assert.True(SentenceEligibility.IsEligible(Profile("The ferry company said however long the strike lasts its offices stay open.")));

    private static SentenceProfile Profile(string sentence) =>
        StoryCorpus.Build([TestDocuments.FromParagraphs("Alpha News", sentence)]).Profiles.Single();
}
