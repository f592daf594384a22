using Parallax.Stories.Clustering;
using Parallax.Stories.Evaluation;

namespace Parallax.Stories.Tests;

public sealed class OrderedSumsTests
{
    [Fact]
    public void Removing_keys_keeps_the_others_in_order_with_their_sums_and_the_table_takes_new_keys_after_them()
    {
        var random = new SplitMixRandom(11);
        var sums = new OrderedSums();
        var expected = new List<(int Key, double Sum)>();
        for (var key = 0; key < 3_000; key++)
        {
            var value = random.NextDouble();
            sums.GetValueRefOrAddDefault(key * 13, out _) = value;
            expected.Add((key * 13, value));
        }

        Assert.Equal(1_000, sums.RemoveWhere(static key => key % 3 == 0));
        expected.RemoveAll(static e => e.Key % 3 == 0);
        sums.GetValueRefOrAddDefault(3, out var exists) = 0.5;
        expected.Add((3, 0.5));

        Assert.False(exists);
        Assert.Equal(expected, Enumerable.Range(0, sums.Count).Select(i => (sums.KeyAt(i), sums.SumAt(i))));
        Assert.False(sums.TryGetValue(0, out _));
        Assert.All(expected, e => Assert.True(sums.TryGetValue(e.Key, out var found) && found == e.Sum));
        Assert.Equal(0, sums.RemoveWhere(static _ => false));
    }

    [Fact]
    public void Sums_and_their_order_match_a_dictionary_fed_the_same_additions()
    {
        // Keys from a wide range with many repeats, so the table grows several times and probes collide.
        var random = new SplitMixRandom(7);
        var sums = new OrderedSums();
        var expected = new Dictionary<int, double>();
        for (var i = 0; i < 20_000; i++)
        {
            var key = (int)(random.NextUInt64() % 5_000) * 97;
            var value = random.NextDouble();
            sums.GetValueRefOrAddDefault(key, out var exists) += value;
            Assert.Equal(expected.ContainsKey(key), exists);
            expected[key] = expected.GetValueOrDefault(key) + value;
        }

        Assert.Equal(expected.Count, sums.Count);
        Assert.Equal(expected.Keys, Enumerable.Range(0, sums.Count).Select(sums.KeyAt));
        Assert.Equal(expected.Values, Enumerable.Range(0, sums.Count).Select(sums.SumAt));
        for (var key = 0; key < 5_000 * 97; key += 31)
        {
            Assert.Equal(expected.TryGetValue(key, out var value), sums.TryGetValue(key, out var found));
            Assert.Equal(value, found);
        }
    }

    [Fact]
    public void A_cleared_table_holds_nothing_and_takes_keys_again_in_new_order()
    {
        var sums = new OrderedSums();
        for (var key = 0; key < 100; key++)
        {
            sums.GetValueRefOrAddDefault(key, out _) = key;
        }

        sums.Clear();

        Assert.Equal(0, sums.Count);
        Assert.False(sums.TryGetValue(5, out _));
        sums.GetValueRefOrAddDefault(42, out var exists) = 1.5;
        sums.GetValueRefOrAddDefault(7, out _) = 2.5;
        Assert.False(exists);
        Assert.Equal([42, 7], Enumerable.Range(0, sums.Count).Select(sums.KeyAt));
        Assert.True(sums.TryGetValue(42, out var sum));
        Assert.Equal(1.5, sum);
    }

    [Fact]
    public void The_dot_product_with_reads_ahead_equals_adding_one_look_up_after_another_bit_for_bit()
    {
        var random = new SplitMixRandom(11);
        var sums = new OrderedSums();
        for (var i = 0; i < 3_000; i++)
        {
            sums.GetValueRefOrAddDefault((int)(random.NextUInt64() % 4_000), out _) += random.NextDouble();
        }

        var keys = Enumerable.Range(0, 500).Select(_ => (int)(random.NextUInt64() % 8_000)).ToArray();
        var weights = keys.Select(_ => random.NextDouble()).ToArray();
        var expected = 0.0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (sums.TryGetValue(keys[i], out var sum))
            {
                expected += sum * weights[i];
            }
        }

        Assert.NotEqual(0, expected);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(sums.Dot(keys, weights)));
    }

    [Fact]
    public void The_bounded_dot_product_is_the_plain_one_bit_for_bit_or_stops_only_when_that_is_below_what_is_needed()
    {
        var random = new SplitMixRandom(13);
        var sums = new OrderedSums();
        for (var i = 0; i < 2_000; i++)
        {
            sums.GetValueRefOrAddDefault((int)(random.NextUInt64() % 3_000), out _) += random.NextDouble();
        }

        var norm = Math.Sqrt(Enumerable.Range(0, sums.Count).Sum(p => sums.SumAt(p) * sums.SumAt(p)));
        var tails = new TailNorms();
        var (stopped, completed) = (0, 0);
        for (var trial = 0; trial < 200; trial++)
        {
            // A unit vector, heaviest first, over keys partly held and partly not.
            var keys = Enumerable.Range(0, 5 + (trial % 60)).Select(_ => (int)(random.NextUInt64() % 6_000)).Distinct().ToArray();
            var weights = keys.Select(_ => random.NextDouble()).OrderDescending().ToArray();
            var length = Math.Sqrt(weights.Sum(static w => w * w));
            weights = [.. weights.Select(w => w / length)];
            tails.Compute(weights);
            var plain = sums.Dot(keys, weights);
            var needed = plain * (0.5 + random.NextDouble());

            if (sums.TryDotAtLeast(keys, weights, tails.Norms, TailNorms.Step, norm * (1 + 1e-6), needed, out var bounded))
            {
                completed++;
                Assert.Equal(BitConverter.DoubleToInt64Bits(plain), BitConverter.DoubleToInt64Bits(bounded));
            }
            else
            {
                stopped++;
                Assert.True(plain < needed);
            }
        }

        Assert.True(stopped > 0 && completed > 0, $"{stopped} stopped, {completed} completed");
    }
}
