using System.Numerics;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// A trained model's weights: a row of weights per feature key, one per label (<see cref="BilouLabels.Count"/> for
/// the entity tagger). Saved with the keys
/// delta-coded and the weights quantised to 16 bits against the largest magnitude (a relative error under 2e-5 of
/// it, far below what changes a decision), zero weights left out. Immutable.
/// </summary>
internal sealed class NerWeights : ILabelScorer
{
    /// <summary>The most labels a row may have: a saved row marks its non-zero weights in one 64-bit mask.</summary>
    public const int MaxLabels = 64;

    private readonly int labels;
    private readonly float[] weights;

    // An open-addressing table from key to row offset: the keys are already well-mixed hashes, so the low bits index
    // the table directly; about three times faster than Dictionary here, where decoding is mostly look-ups.
    // Key and offset side by side, so a look-up touches one cache line.
    private readonly (ulong Key, int Offset)[] slots;
    private readonly int slotMask;

    /// <param name="keys">Feature keys in ascending order.</param>
    /// <param name="weights">The rows of the keys, one after another.</param>
    /// <param name="labels">The length of a row.</param>
    public NerWeights(ulong[] keys, float[] weights, int labels = BilouLabels.Count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(labels, MaxLabels);
        this.labels = labels;
        Keys = keys;
        this.weights = weights;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length + (keys.Length / 3)));
        slots = new (ulong, int)[capacity];
        slots.AsSpan().Fill((0, -1));
        slotMask = capacity - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = (int)keys[i] & slotMask;
            while (slots[slot].Offset >= 0)
            {
                slot = (slot + 1) & slotMask;
            }

            slots[slot] = (keys[i], i * labels);
        }
    }

    public ulong[] Keys { get; }

    public int FeatureCount => Keys.Length;

    public void Score(List<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            var offset = OffsetOf(feature);
            if (offset >= 0)
            {
                AddRow(weights.AsSpan(offset, labels), scores);
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
            var row = weights.AsSpan(r * labels, labels);
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

        return new NerWeights([.. keys], [.. kept], labels);
    }

    private static void AddRow(ReadOnlySpan<float> row, Span<float> scores)
    {
        var labels = row.Length;
        var l = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; l + Vector<float>.Count <= labels; l += Vector<float>.Count)
            {
                (new Vector<float>(scores[l..]) + new Vector<float>(row[l..])).CopyTo(scores[l..]);
            }
        }

        for (; l < labels; l++)
        {
            scores[l] += row[l];
        }
    }

    private int OffsetOf(ulong key)
    {
        var slot = (int)key & slotMask;
        while (true)
        {
            var (candidate, offset) = slots[slot];
            if (offset < 0 || candidate == key)
            {
                return offset;
            }

            slot = (slot + 1) & slotMask;
        }
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

        Span<short> row = stackalloc short[labels];
        for (var r = 0; r < Keys.Length; r++)
        {
            // A bit per label with a weight; 7-bit coded, the same bytes as an int mask for 32 labels or fewer.
            var mask = 0UL;
            for (var l = 0; l < labels; l++)
            {
                row[l] = (short)Math.Round(weights[(r * labels) + l] / scale);
                mask |= row[l] != 0 ? 1UL << l : 0;
            }

            writer.Write7BitEncodedInt64((long)mask);
            for (var l = 0; l < labels; l++)
            {
                if (row[l] != 0)
                {
                    writer.Write(row[l]);
                }
            }
        }
    }

    /// <summary>Reads weights written by <see cref="Write"/> with rows of <paramref name="labels"/> weights (the row length is not stored).</summary>
    public static NerWeights Read(BinaryReader reader, int labels = BilouLabels.Count)
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

        var weights = new float[count * labels];
        for (var r = 0; r < count; r++)
        {
            var mask = (ulong)reader.Read7BitEncodedInt64();
            while (mask != 0)
            {
                var l = BitOperations.TrailingZeroCount(mask);
                weights[(r * labels) + l] = reader.ReadInt16() * scale;
                mask &= mask - 1;
            }
        }

        return new NerWeights(keys, weights, labels);
    }
}
