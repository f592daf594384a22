namespace Parallax.Stories.Features;

/// <summary>
/// A sparse unit-length vector over string keys, ordered by weight (highest first, then key), so its prefix is the
/// article's most characteristic keys.
/// </summary>
internal sealed class WeightedVector
{
    private WeightedVector(string[] keys, double[] weights)
    {
        Keys = keys;
        Weights = weights;
    }

    /// <summary>The vector with no entries.</summary>
    public static WeightedVector Empty { get; } = new([], []);

    public string[] Keys { get; }

    public double[] Weights { get; }

    public bool IsEmpty => Keys.Length == 0;

    /// <summary>A vector saved through <see cref="Keys"/> and <see cref="Weights"/>, as it was.</summary>
    public static WeightedVector FromSaved(string[] keys, double[] weights) => keys.Length == 0 ? Empty : new(keys, weights);

    /// <summary>The heaviest <paramref name="count"/> entries (all when there are fewer), not renormalised.</summary>
    public WeightedVector Prefix(int count) =>
        Keys.Length <= count ? this : new WeightedVector(Keys[..count], Weights[..count]);

    /// <summary>
    /// Weights each count by sublinear TF times smoothed IDF, <c>(1 + ln tf) · (ln((1 + n) / (1 + df)) + 1)</c>,
    /// and normalises to unit length; df and n are the stream's counts plus the background's.
    /// </summary>
    public static WeightedVector FromCounts(
        Dictionary<string, double> counts, Dictionary<string, int> documentFrequency, IReadOnlyDictionary<string, int> background, int documentCount)
    {
        if (counts.Count == 0)
        {
            return Empty;
        }

        var entries = new (string Key, double Weight)[counts.Count];
        var i = 0;
        var squares = 0.0;
        foreach (var (key, count) in counts)
        {
            var tf = count < 1 ? count : 1 + Math.Log(count);
            var idf = Math.Log((1.0 + documentCount) / (1.0 + documentFrequency.GetValueOrDefault(key) + background.GetValueOrDefault(key))) + 1;
            var weight = tf * idf;
            entries[i++] = (key, weight);
            squares += weight * weight;
        }

        Array.Sort(entries, static (a, b) =>
        {
            var byWeight = b.Weight.CompareTo(a.Weight);
            return byWeight != 0 ? byWeight : string.CompareOrdinal(a.Key, b.Key);
        });

        var norm = Math.Sqrt(squares);
        var keys = new string[entries.Length];
        var weights = new double[entries.Length];
        for (i = 0; i < entries.Length; i++)
        {
            keys[i] = entries[i].Key;
            weights[i] = norm > 0 ? entries[i].Weight / norm : 0;
        }

        return new WeightedVector(keys, weights);
    }
}
