using Parallax.Stories.Clustering;
using Parallax.Stories.Features;

namespace Parallax.Stories.Tests.Features;

public sealed class KeyTableTests
{
    private static readonly HashedCounts NoBackground = HashedCounts.Empty;

    [Fact]
    public void A_key_keeps_its_number_and_counts_are_listed_in_the_order_first_counted()
    {
        var table = new KeyTable(NoBackground);
        var ferry = table.IdOf("ferry");
        var harbour = table.IdOf("harbour");
        table.CountDocument(harbour);
        table.CountDocument(ferry);
        table.CountDocument(table.IdOf("harbour"));

        Assert.NotEqual(harbour, ferry);
        Assert.Equal(["harbour", "ferry"], table.Counted().Select(static c => c.Key));
        Assert.Equal(2, table.StreamFrequency(harbour));
        Assert.Equal(1, table.StreamFrequency(ferry));
    }

    [Fact]
    public void Background_counts_stay_apart_from_the_stream_and_uncounted_keys_are_not_listed()
    {
        var table = new KeyTable(HashedCounts.Of([new("council", 7)]));
        var council = table.IdOf("council");

        Assert.Equal(7, table.BackgroundFrequency(council));
        Assert.Equal(0, table.StreamFrequency(council));
        Assert.Empty(table.Counted());
        table.CountDocument(council);
        Assert.Equal([("council", 1, KeyTable.Undated)], table.Counted());
    }

    [Fact]
    public void Numbering_from_many_threads_gives_each_key_one_number()
    {
        var table = new KeyTable(NoBackground);
        var keys = Enumerable.Range(0, 5_000).Select(static i => $"k{i}").ToArray();
        var numbers = new int[4][];
        Parallel.For(0, numbers.Length, t => numbers[t] = [.. keys.Select(table.IdOf)]);

        Assert.Equal(keys.Length, table.Count);
        Assert.All(numbers, n => Assert.Equal(numbers[0], n));
        Assert.Equal(keys, numbers[0].Select(table.Key));
        Assert.Equal(keys.Length, numbers[0].Distinct().Count());
    }

    [Fact]
    public async Task Counting_keys_numbered_earlier_while_other_threads_number_new_ones_loses_no_count()
    {
        var table = new KeyTable(NoBackground);
        var early = Enumerable.Range(0, 100).Select(i => table.IdOf($"early{i}")).ToArray();
        using var numbering = Task.Run(() =>
        {
            // Enough new keys to add pages of slots many times over while the counting below runs.
            for (var i = 0; i < 200_000; i++)
            {
                table.IdOf($"late{i}");
            }
        });
        var rounds = 0;
        while (!numbering.IsCompleted || rounds < 1_000)
        {
            foreach (var id in early)
            {
                table.CountDocument(id);
            }

            rounds++;
        }

        await numbering;
        Assert.All(early, id => Assert.Equal(rounds, table.StreamFrequency(id)));
        Assert.Equal("late199999", table.Key(table.IdOf("late199999")));
        Assert.Equal(200_100, table.Count);
    }

    [Fact]
    public void Restored_counts_are_listed_as_saved()
    {
        var original = new KeyTable(NoBackground);
        original.CountDocument(original.IdOf("council"));
        original.CountDocument(original.IdOf("budget"));
        original.CountDocument(original.IdOf("council"));
        var restored = new KeyTable(NoBackground);
        restored.IdOf("budget");
        foreach (var (key, count, lastSeen) in original.Counted())
        {
            restored.Restore(key, count, lastSeen);
        }

        Assert.Equal(original.Counted(), restored.Counted());
        Assert.Equal(2, restored.StreamFrequency(restored.IdOf("council")));
    }

    [Fact]
    public void Ties_of_weight_are_ordered_by_key_and_a_restored_centroid_compares_as_the_original()
    {
        var frequencies = new DocumentFrequencies(BackgroundFrequencies.Empty);
        var first = Vector(frequencies, new Dictionary<string, double> { ["harbour"] = 1, ["council"] = 2, ["budget"] = 1 });
        var second = Vector(frequencies, new Dictionary<string, double> { ["budget"] = 1, ["ferry"] = 3 });
        var centroid = new Centroid();
        centroid.Add(first);
        centroid.Add(second);

        var restored = new Centroid();
        restored.Restore([.. centroid.Sums().Select(s => (frequencies.Terms.IdOf(s.Key), s.Key, s.Sum))], centroid.SquaredNorm);

        Assert.Equal(["council", "budget", "harbour"], Enumerable.Range(0, first.Length).Select(first.Key));
        Assert.Equal(["council", "budget", "harbour", "ferry"], restored.Sums().Select(static s => s.Key));
        Assert.Equal(centroid.Cosine(second), restored.Cosine(second));
        Assert.True(restored.Cosine(second) > 0);
    }

    private static WeightedVector Vector(DocumentFrequencies frequencies, Dictionary<string, double> terms) =>
        WeightedVector.FromCounts(frequencies.Add(new RawFeatures(terms, [], [])).Terms, frequencies.Terms, frequencies.TotalCount);

    [Fact]
    public void Keys_of_equal_weight_follow_ordinal_order_also_when_they_share_their_first_characters()
    {
        string[] keys = ["abcd", "abcde", "abcdf", "abc", "ab", "b", "\u00e9t\u00e9", "z", "Zebra", "ab\u0000", "abcd\uffff", "abd"];
        var frequencies = new DocumentFrequencies(BackgroundFrequencies.Empty);

        var vector = Vector(frequencies, keys.ToDictionary(static k => k, static _ => 1.0, StringComparer.Ordinal));

        Assert.Equal(keys.Order(StringComparer.Ordinal), Enumerable.Range(0, vector.Length).Select(vector.Key));
        Assert.Single(vector.Weights.Distinct());
    }
}
