using Parallax.Stories.Clustering;
using Parallax.Stories.Features;

namespace Parallax.Stories.Tests.Features;

public sealed class KeyTableTests
{
    [Fact]
    public void Keys_are_numbered_in_the_order_first_counted_and_keep_their_number()
    {
        var table = new KeyTable(new Dictionary<string, int>());
        var harbour = table.CountDocument("harbour");
        var ferry = table.CountDocument("ferry");

        Assert.Equal(harbour, table.CountDocument("harbour"));
        Assert.NotEqual(harbour, ferry);
        Assert.Equal(["harbour", "ferry"], table.Counted().Select(static c => c.Key));
        Assert.Equal(2, table.StreamFrequency(harbour));
        Assert.Equal(1, table.StreamFrequency(ferry));
    }

    [Fact]
    public void Background_counts_stay_apart_from_the_stream_and_uncounted_keys_are_not_listed()
    {
        var table = new KeyTable(new Dictionary<string, int> { ["council"] = 7 });
        var council = table.IdOf("council");

        Assert.Equal(7, table.BackgroundFrequency(council));
        Assert.Equal(0, table.StreamFrequency(council));
        Assert.Empty(table.Counted());
        table.CountDocument("council");
        Assert.Equal([new KeyValuePair<string, int>("council", 1)], table.Counted());
    }

    [Fact]
    public void Restored_counts_give_the_same_numbers_so_saved_sums_meet_new_vectors()
    {
        var original = new KeyTable(new Dictionary<string, int>());
        original.CountDocument("budget");
        original.CountDocument("council");
        original.CountDocument("council");
        var restored = new KeyTable(new Dictionary<string, int>());
        foreach (var (key, count) in original.Counted())
        {
            restored.Restore(key, count);
        }

        Assert.Equal(original.IdOf("council"), restored.IdOf("council"));
        Assert.Equal(2, restored.StreamFrequency(restored.IdOf("council")));
        Assert.Equal(2, restored.Count);
    }

    [Fact]
    public void A_centroid_restored_from_its_saved_sums_compares_as_the_original()
    {
        var frequencies = new DocumentFrequencies(BackgroundFrequencies.Empty);
        var raw = new RawFeatures(
            new Dictionary<string, double> { ["council"] = 2, ["budget"] = 1 }, [], []);
        var other = new RawFeatures(
            new Dictionary<string, double> { ["budget"] = 1, ["ferry"] = 3 }, [], []);
        var first = Vector(frequencies, raw);
        var second = Vector(frequencies, other);
        var centroid = new Centroid();
        centroid.Add(first);
        centroid.Add(second);

        var restored = new Centroid();
        restored.Restore(centroid.Sums().Select(s => (frequencies.Terms.IdOf(s.Key), s.Key, s.Sum)).ToList(), centroid.SquaredNorm);

        Assert.Equal(["council", "budget", "ferry"], restored.Sums().Select(static s => s.Key));
        Assert.Equal(centroid.Cosine(first), restored.Cosine(first));
        Assert.True(restored.Cosine(first) > 0);
    }

    private static WeightedVector Vector(DocumentFrequencies frequencies, RawFeatures raw) =>
        WeightedVector.FromCounts(raw.Terms, frequencies.Add(raw).Terms, frequencies.Terms, frequencies.TotalCount);
}
