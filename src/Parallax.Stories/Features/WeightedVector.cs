namespace Parallax.Stories.Features;

/// <summary>
/// A sparse unit-length vector over string keys, ordered by weight (highest first, then key), so its prefix is the
/// article's most characteristic keys. Each key is held as its number in the stream's <see cref="KeyTable"/>,
/// which is what sums and comparisons look up; its string comes from the table when it is needed (a new key of a
/// centroid, the saved state), so a vector carries no array of strings.
/// </summary>
internal sealed class WeightedVector
{
    [ThreadStatic]
    private static Entry[]? entryScratch;

    private readonly KeyTable? table;

    private WeightedVector(KeyTable? table, int[] ids, double[] weights)
    {
        this.table = table;
        Ids = ids;
        Weights = weights;
    }

    /// <summary>The vector with no entries.</summary>
    public static WeightedVector Empty { get; } = new(null, [], []);

    /// <summary>The keys' numbers in their <see cref="KeyTable"/>, heaviest first.</summary>
    public int[] Ids { get; }

    public double[] Weights { get; }

    public bool IsEmpty => Ids.Length == 0;

    /// <summary>How many keys the vector has.</summary>
    public int Length => Ids.Length;

    /// <summary>The string of the <paramref name="index"/>-th key.</summary>
    public string Key(int index) => table!.Key(Ids[index]);

    /// <summary>A vector saved through <see cref="Key"/> and <see cref="Weights"/>, as it was, its keys numbered by <paramref name="table"/>.</summary>
    public static WeightedVector FromSaved(string[] keys, double[] weights, KeyTable table) =>
        keys.Length == 0 ? Empty : new(table, Array.ConvertAll(keys, table.IdOf), weights);

    /// <summary>The heaviest <paramref name="count"/> entries (all when there are fewer), not renormalised.</summary>
    public WeightedVector Prefix(int count) =>
        Ids.Length <= count ? this : new WeightedVector(table, Ids[..count], Weights[..count]);

    /// <summary>
    /// Weights each count by sublinear TF times smoothed IDF, <c>(1 + ln tf) · (ln((1 + n) / (1 + df)) + 1)</c>,
    /// and normalises to unit length; df and n are the stream's counts plus the background's.
    /// </summary>
    /// <param name="counts">The article's counts, numbered in <paramref name="table"/>.</param>
    /// <param name="table">The document frequencies of the keys' kind.</param>
    /// <param name="documentCount">The N of IDF.</param>
    public static WeightedVector FromCounts(NumberedCounts counts, KeyTable table, int documentCount)
    {
        if (counts.Length == 0)
        {
            return Empty;
        }

        // Sorted in a per-thread scratch array: the entries are only a step to the vector's arrays.
        if (entryScratch is null || entryScratch.Length < counts.Length)
        {
            entryScratch = new Entry[Math.Max(counts.Length, 2 * (entryScratch?.Length ?? 128))];
        }

        var entries = entryScratch.AsSpan(0, counts.Length);
        var squares = 0.0;
        for (var i = 0; i < entries.Length; i++)
        {
            var id = counts.Ids[i];
            var idf = Math.Log((1.0 + documentCount) / (1.0 + table.DocumentFrequency(id, out var prefix))) + 1;
            var weight = counts.TermFrequencies[i] * idf;
            entries[i] = new Entry(i, prefix, weight);
            squares += weight * weight;
        }

        // Keys are distinct, so the order is total and any sort gives the same vector.
        entries.Sort(new HeaviestFirst(table, counts.Ids));
        var norm = Math.Sqrt(squares);
        var sortedIds = new int[entries.Length];
        var weights = new double[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            sortedIds[i] = counts.Ids[entries[i].Position];
            weights[i] = norm > 0 ? entries[i].Weight / norm : 0;
        }

        return new WeightedVector(table, sortedIds, weights);
    }

    /// <summary>A count's position in its <see cref="NumberedCounts"/>, its key's <see cref="OrdinalPrefix"/> and its weight.</summary>
    private readonly record struct Entry(int Position, ulong Prefix, double Weight);

    /// <summary>
    /// Highest weight first, then keys in ordinal order: by prefix, and by the keys' strings only when the prefixes
    /// are equal. A struct so the sort calls it directly.
    /// </summary>
    private readonly struct HeaviestFirst(KeyTable table, int[] ids) : IComparer<Entry>
    {
        public int Compare(Entry a, Entry b)
        {
            var byWeight = b.Weight.CompareTo(a.Weight);
            if (byWeight != 0)
            {
                return byWeight;
            }

            return a.Prefix != b.Prefix
                ? a.Prefix.CompareTo(b.Prefix)
                : string.CompareOrdinal(table.Key(ids[a.Position]), table.Key(ids[b.Position]));
        }
    }
}
