namespace Parallax.Stories.Features;

/// <summary>
/// One article's counts of one kind with what weighting them needs that does not depend on the stream's state,
/// worked out in the parallel step: the keys' numbers, their sublinear term frequencies and their ordinal order.
/// Arrays are in the order of the article's counts. The keys' strings are not kept: the table gives them by number.
/// </summary>
internal sealed class NumberedCounts
{
    [ThreadStatic]
    private static Ordered[]? sortScratch;

    [ThreadStatic]
    private static string[]? keyScratch;

    private NumberedCounts(int[] ids, double[] termFrequencies, int[] ordinalRanks)
    {
        Ids = ids;
        TermFrequencies = termFrequencies;
        OrdinalRanks = ordinalRanks;
    }

    /// <summary>No counts.</summary>
    public static NumberedCounts Empty { get; } = new([], [], []);

    /// <summary>The keys' numbers in their <see cref="KeyTable"/>.</summary>
    public int[] Ids { get; }

    /// <summary>The sublinear term frequency of each count, <c>1 + ln tf</c> (a count below 1 as it is).</summary>
    public double[] TermFrequencies { get; }

    /// <summary>Each key's place among the article's keys in ordinal order: what breaks ties of weight.</summary>
    public int[] OrdinalRanks { get; }

    /// <summary>How many keys the article has of this kind.</summary>
    public int Length => Ids.Length;

    /// <summary>Numbers <paramref name="counts"/> in <paramref name="table"/>. Thread-safe.</summary>
    public static NumberedCounts Of(Dictionary<string, double> counts, KeyTable table) =>
        Of(counts, table, static (table, key) => (key, table.IdOf(key)));

    /// <summary>
    /// The counts of keys numbered already in <paramref name="table"/>, in the order of <paramref name="counts"/>:
    /// the same as <see cref="Of(Dictionary{string, double}, KeyTable)"/> on the keys themselves. Thread-safe.
    /// </summary>
    public static NumberedCounts Of(Dictionary<int, double> counts, KeyTable table) =>
        Of(counts, table, static (table, id) => (table.Key(id), id));

    private static NumberedCounts Of<TKey>(Dictionary<TKey, double> counts, KeyTable table, Func<KeyTable, TKey, (string Key, int Id)> number)
        where TKey : notnull
    {
        if (counts.Count == 0)
        {
            return Empty;
        }

        // The strings are needed only for the ordinal ranks: they go to a per-thread scratch array.
        if (keyScratch is null || keyScratch.Length < counts.Count)
        {
            keyScratch = new string[Math.Max(counts.Count, 2 * (keyScratch?.Length ?? 128))];
        }

        var keys = keyScratch;
        var ids = new int[counts.Count];
        var termFrequencies = new double[ids.Length];
        var i = 0;
        foreach (var (key, count) in counts)
        {
            (keys[i], ids[i]) = number(table, key);
            termFrequencies[i] = count < 1 ? count : 1 + Math.Log(count);
            i++;
        }

        var numbered = WithRanks(keys, ids, termFrequencies);
        Array.Clear(keys, 0, ids.Length);
        return numbered;
    }

    private static NumberedCounts WithRanks(string[] keys, int[] ids, double[] termFrequencies)
    {
        // Sorted in a per-thread scratch array of (first four characters, position): the packed characters settle
        // most comparisons, and only keys that share them are compared in full.
        if (sortScratch is null || sortScratch.Length < ids.Length)
        {
            sortScratch = new Ordered[Math.Max(ids.Length, 2 * (sortScratch?.Length ?? 128))];
        }

        var entries = sortScratch.AsSpan(0, ids.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new Ordered(Prefix(keys[i]), i);
        }

        // Keys are distinct, so the order is total and any sort gives the same ranks.
        entries.Sort(new OrdinalOrder(keys));
        var ranks = new int[ids.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            ranks[entries[i].Position] = i;
        }

        return new NumberedCounts(ids, termFrequencies, ranks);
    }

    /// <summary>
    /// The key's first four UTF-16 units, the first in the highest bits, a missing one as 0: when two prefixes
    /// differ, they order their keys as <see cref="string.CompareOrdinal(string, string)"/> does.
    /// </summary>
    private static ulong Prefix(string key)
    {
        var prefix = 0UL;
        for (var c = 0; c < 4; c++)
        {
            prefix = (prefix << 16) | (c < key.Length ? key[c] : 0u);
        }

        return prefix;
    }

    /// <summary>A key's prefix and its position in the article's counts.</summary>
    private readonly record struct Ordered(ulong Prefix, int Position);

    /// <summary>Ordinal order of the keys, by prefix first; a struct so the sort calls it directly.</summary>
    private readonly struct OrdinalOrder(string[] keys) : IComparer<Ordered>
    {
        public int Compare(Ordered a, Ordered b) =>
            a.Prefix != b.Prefix ? a.Prefix.CompareTo(b.Prefix) : string.CompareOrdinal(keys[a.Position], keys[b.Position]);
    }
}
