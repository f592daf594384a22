namespace Parallax.Stories.Features;

/// <summary>
/// One article's counts of one kind with what weighting them needs that does not depend on the stream's state,
/// worked out in the parallel step: the keys' numbers and their sublinear term frequencies. Arrays are in the order
/// of the article's counts. The keys' strings are not kept: the table gives them by number, and with them the
/// ordinal prefix that breaks ties of weight (<see cref="KeyTable.DocumentFrequency"/>).
/// </summary>
internal sealed class NumberedCounts
{
    /// <summary>
    /// <c>ln n</c> for the whole counts below its length: counts are sums of whole weights (title 3, lead 2, other 1)
    /// in almost every article, and a table read costs less than a logarithm. The same values Math.Log gives.
    /// </summary>
    private static readonly double[] LogOfWholeCount = [.. Enumerable.Range(0, 256).Select(static n => Math.Log(n))];

    private NumberedCounts(int[] ids, double[] termFrequencies)
    {
        Ids = ids;
        TermFrequencies = termFrequencies;
    }

    /// <summary>No counts.</summary>
    public static NumberedCounts Empty { get; } = new([], []);

    /// <summary>The keys' numbers in their <see cref="KeyTable"/>.</summary>
    public int[] Ids { get; }

    /// <summary>The sublinear term frequency of each count, <c>1 + ln tf</c> (a count below 1 as it is).</summary>
    public double[] TermFrequencies { get; }

    /// <summary>How many keys the article has of this kind.</summary>
    public int Length => Ids.Length;

    /// <summary>Numbers <paramref name="counts"/> in <paramref name="table"/>. Thread-safe.</summary>
    public static NumberedCounts Of(Dictionary<string, double> counts, KeyTable table) => Of(counts, new NumberInTable(table));

    /// <summary>
    /// The counts of keys numbered already, in the order of <paramref name="counts"/>: the same as
    /// <see cref="Of(Dictionary{string, double}, KeyTable)"/> on the keys themselves.
    /// </summary>
    public static NumberedCounts Of(Dictionary<int, double> counts) => Of(counts, default(NumberedAlready));

    private static NumberedCounts Of<TKey, TNumber>(Dictionary<TKey, double> counts, TNumber number)
        where TKey : notnull
        where TNumber : struct, IKeyNumber<TKey>
    {
        if (counts.Count == 0)
        {
            return Empty;
        }

        var ids = new int[counts.Count];
        var termFrequencies = new double[ids.Length];
        var i = 0;
        foreach (var (key, count) in counts)
        {
            ids[i] = number.Of(key);
            termFrequencies[i++] = Sublinear(count);
        }

        return new NumberedCounts(ids, termFrequencies);
    }

    /// <summary><c>1 + ln tf</c>, a count below 1 as it is.</summary>
    internal static double Sublinear(double count)
    {
        if (count < 1)
        {
            return count;
        }

        var whole = (int)Math.Min(count, LogOfWholeCount.Length);
        return 1 + (whole < LogOfWholeCount.Length && whole == count ? LogOfWholeCount[whole] : Math.Log(count));
    }

    /// <summary>How a key gets its number; a struct so the loop above calls it directly.</summary>
    private interface IKeyNumber<in TKey>
    {
        int Of(TKey key);
    }

    private readonly struct NumberInTable(KeyTable table) : IKeyNumber<string>
    {
        public int Of(string key) => table.IdOf(key);
    }

    private readonly struct NumberedAlready : IKeyNumber<int>
    {
        public int Of(int key) => key;
    }
}
