using Parallax.Stories.Features;

namespace Parallax.Stories.Tests.Features;

public sealed class RecentWordsTests
{
    [Fact]
    public void Term_numbers_through_the_per_thread_cache_are_the_term_tables_also_when_two_streams_take_turns()
    {
        var first = new DocumentFrequencies(BackgroundFrequencies.Empty);
        var second = new DocumentFrequencies(BackgroundFrequencies.Empty);

        // Numbered in another order in the second stream, so a number cached for the first would be wrong there.
        second.Terms.IdOf("zebra");
        second.Terms.IdOf("council");
        string[] words = ["Harbour", "harbour", "the", "ferries", "Ferry", "council's", "Council", "12", "x", "harbour", "The", "zebras"];
        for (var round = 0; round < 3; round++)
        {
            foreach (var frequencies in new[] { first, second })
            {
                foreach (var word in words)
                {
                    Assert.Equal(Plain(frequencies, word), frequencies.TermId(word));
                }
            }
        }

        Assert.NotEqual(first.TermId("council"), second.TermId("council"));
    }

    [Fact]
    public void Words_that_share_a_slot_of_the_cache_keep_their_own_numbers()
    {
        // Far more forms than the cache has slots, read twice: the second pass meets cached and displaced forms alike.
        var frequencies = new DocumentFrequencies(BackgroundFrequencies.Empty);
        var words = Enumerable.Range(0, 3 * RecentWords<int>.Slots).Select(static i => $"invented{i}word").ToArray();
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var word in words)
            {
                Assert.Equal(Plain(frequencies, word), frequencies.TermId(word));
            }
        }
    }

    /// <summary>The number without any memo or cache: the word's term looked up in the table.</summary>
    private static int Plain(DocumentFrequencies frequencies, string word) =>
        TermNormalizer.MayBeTerm(word) && TermNormalizer.Compute(word) is { } term ? frequencies.Terms.IdOf(term) : -1;
}
