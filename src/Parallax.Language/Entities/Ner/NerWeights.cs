using System.Numerics;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// A trained model's weights: a row of <see cref="BilouLabels.Count"/> weights per feature key. Saved with the keys
/// delta-coded and the weights quantised to 16 bits against the largest magnitude (a relative error under 2e-5 of
/// it, far below what changes a decision), zero weights left out. Immutable.
/// </summary>
internal sealed class NerWeights : ILabelScorer
{
    private const int Labels = BilouLabels.Count;
    private readonly Dictionary<ulong, int> rows;
    private readonly float[] weights;

    /// <param name="keys">Feature keys in ascending order.</param>
    /// <param name="weights">The rows of the keys, one after another.</param>
    public NerWeights(ulong[] keys, float[] weights)
    {
        Keys = keys;
        this.weights = weights;
        rows = new Dictionary<ulong, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            rows.Add(keys[i], i * Labels);
        }
    }

    public ulong[] Keys { get; }

    public int FeatureCount => Keys.Length;

    public void Score(List<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (rows.TryGetValue(feature, out var offset))
            {
                var cells = weights.AsSpan(offset, Labels);
                for (var l = 0; l < Labels; l++)
                {
                    scores[l] += cells[l];
                }
            }
        }
    }

    /// <summary>These weights without the rows whose largest weight is below <paramref name="minimum"/> in magnitude.</summary>
    public NerWeights Pruned(float minimum)
    {
        var keys = new List<ulong>(Keys.Length);
        var kept = new List<float>(weights.Length);
        for (var r = 0; r < Keys.Length; r++)
        {
            var row = weights.AsSpan(r * Labels, Labels);
            var largest = 0f;
            foreach (var w in row)
            {
                largest = Math.Max(largest, Math.Abs(w));
            }

            if (largest >= minimum)
            {
                keys.Add(Keys[r]);
                kept.AddRange(row);
            }
        }

        return new NerWeights([.. keys], [.. kept]);
    }

    public void Write(BinaryWriter writer)
    {
        var largest = weights.Length == 0 ? 1f : Math.Max(weights.Max(Math.Abs), 1e-6f);
        var scale = largest / short.MaxValue;
        writer.Write(Keys.Length);
        writer.Write(scale);
        var previous = 0UL;
        foreach (var key in Keys)
        {
            writer.Write7BitEncodedInt64((long)(key - previous));
            previous = key;
        }

        Span<short> row = stackalloc short[Labels];
        for (var r = 0; r < Keys.Length; r++)
        {
            var mask = 0;
            for (var l = 0; l < Labels; l++)
            {
                row[l] = (short)Math.Round(weights[(r * Labels) + l] / scale);
                mask |= row[l] != 0 ? 1 << l : 0;
            }

            writer.Write7BitEncodedInt(mask);
            for (var l = 0; l < Labels; l++)
            {
                if (row[l] != 0)
                {
                    writer.Write(row[l]);
                }
            }
        }
    }

    public static NerWeights Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException("Negative feature count in an NER model.");
        }

        var scale = reader.ReadSingle();
        var keys = new ulong[count];
        var previous = 0UL;
        for (var i = 0; i < count; i++)
        {
            previous += (ulong)reader.Read7BitEncodedInt64();
            keys[i] = previous;
        }

        var weights = new float[count * Labels];
        for (var r = 0; r < count; r++)
        {
            var mask = (uint)reader.Read7BitEncodedInt();
            while (mask != 0)
            {
                var l = BitOperations.TrailingZeroCount(mask);
                weights[(r * Labels) + l] = reader.ReadInt16() * scale;
                mask &= mask - 1;
            }
        }

        return new NerWeights(keys, weights);
    }
}
