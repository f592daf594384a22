namespace Parallax.Stories.Features;

/// <summary>
/// One article's counts of one kind with what weighting them needs that does not depend on the stream's state,
/// worked out in the parallel step: the keys' numbers, their sublinear term frequencies and their ordinal order.
/// Arrays are in the order of the article's counts.
/// </summary>
internal sealed class NumberedCounts
{
    [ThreadStatic]
    private static SortScratch? sortScratch;

    private NumberedCounts(string[] keys, int[] ids, double[] termFrequencies, int[] ordinalRanks)
    {
        Keys = keys;
        Ids = ids;
        TermFrequencies = termFrequencies;
        OrdinalRanks = ordinalRanks;
    }

    /// <summary>No counts.</summary>
    public static NumberedCounts Empty { get; } = new([], [], [], []);

    public string[] Keys { get; }

    /// <summary>The keys' numbers in their <see cref="KeyTable"/>.</summary>
    public int[] Ids { get; }

    /// <summary>The sublinear term frequency of each count, <c>1 + ln tf</c> (a count below 1 as it is).</summary>
    public double[] TermFrequencies { get; }

    /// <summary>Each key's place among the article's keys in ordinal order: what breaks ties of weight.</summary>
    public int[] OrdinalRanks { get; }

    public int Length => Keys.Length;

    /// <summary>Numbers <paramref name="counts"/> in <paramref name="table"/>. Thread-safe.</summary>
    public static NumberedCounts Of(Dictionary<string, double> counts, KeyTable table)
    {
        if (counts.Count == 0)
        {
            return Empty;
        }

        var keys = new string[counts.Count];
        var ids = new int[keys.Length];
        var termFrequencies = new double[keys.Length];
        var i = 0;
        foreach (var (key, count) in counts)
        {
            keys[i] = key;
            ids[i] = table.IdOf(key);
            termFrequencies[i] = Sublinear(count);
            i++;
        }

        return WithRanks(keys, ids, termFrequencies);
    }

    /// <summary>
    /// The counts of keys numbered already in <paramref name="table"/>, in the order of <paramref name="counts"/>:
    /// the same as <see cref="Of(Dictionary{string, double}, KeyTable)"/> on the keys themselves. Thread-safe.
    /// </summary>
    public static NumberedCounts Of(Dictionary<int, double> counts, KeyTable table)
    {
        if (counts.Count == 0)
        {
            return Empty;
        }

        var keys = new string[counts.Count];
        var ids = new int[keys.Length];
        var termFrequencies = new double[keys.Length];
        var i = 0;
        foreach (var (id, count) in counts)
        {
            keys[i] = table.Key(id);
            ids[i] = id;
            termFrequencies[i] = Sublinear(count);
            i++;
        }

        return WithRanks(keys, ids, termFrequencies);
    }

    /// <summary><c>1 + ln tf</c>; a count below 1 as it is.</summary>
    private static double Sublinear(double count) => count < 1 ? count : 1 + Math.Log(count);

    private static NumberedCounts WithRanks(string[] keys, int[] ids, double[] termFrequencies)
    {
        int i;
        // Sorted in per-thread scratch arrays: a copy of the keys and their positions are needed only here.
        var scratch = sortScratch ??= new SortScratch();
        if (scratch.Keys.Length < keys.Length)
        {
            scratch.Keys = new string[Math.Max(keys.Length, scratch.Keys.Length * 2)];
            scratch.Positions = new int[scratch.Keys.Length];
        }

        var ordinal = scratch.Keys.AsSpan(0, keys.Length);
        var positions = scratch.Positions.AsSpan(0, keys.Length);
        keys.CopyTo(ordinal);
        for (i = 0; i < positions.Length; i++)
        {
            positions[i] = i;
        }

        // Keys are distinct, so the order is total and any sort gives the same ranks.
        ordinal.Sort(positions, StringComparer.Ordinal);
        var ranks = new int[keys.Length];
        for (i = 0; i < positions.Length; i++)
        {
            ranks[positions[i]] = i;
        }

        ordinal.Clear();
        return new NumberedCounts(keys, ids, termFrequencies, ranks);
    }

    /// <summary>One thread's arrays for sorting an article's keys.</summary>
    private sealed class SortScratch
    {
        public string[] Keys { get; set; } = new string[256];

        public int[] Positions { get; set; } = new int[256];
    }
}
