using System.Buffers;
using System.Numerics;

namespace Parallax.Stories.Clustering;

/// <summary>
/// Sums by key number (a key's number in the stream's key table), enumerated in the order keys were first added:
/// what a <see cref="Centroid"/> holds. An open-addressing table with linear probing over a power-of-two array whose
/// slots hold the key and its sum together, so a look-up usually reads one cache line.
/// </summary>
/// <remarks>
/// Comparing an article with its candidate stories is a look-up per key of the article per candidate, most of the
/// sequential step's time, and mostly spent waiting for memory: a story's sums do not stay in cache between
/// articles. <see cref="Dot"/> therefore reads the slot of a key a few keys ahead before looking up the current one,
/// so the memory reads overlap. Keys keep their insertion order, also when some are removed (<see cref="RemoveWhere"/>).
/// </remarks>
internal sealed class OrderedSums
{
    private const int MinimumSlots = 16;

    /// <summary>How many keys ahead <see cref="Dot"/> reads a slot before its look-up.</summary>
    private const int ReadAhead = 8;

    private Slot[] slots = new Slot[MinimumSlots];
    private int[] keys = new int[MinimumSlots / 2];
    private int[] slotOf = new int[MinimumSlots / 2];
    private int shift = 64 - BitOperations.Log2(MinimumSlots);

    // Where the reads ahead go, so the JIT keeps them.
    private int readAheadSink;

    /// <summary>Keys held.</summary>
    public int Count { get; private set; }

    /// <summary>The key at <paramref name="position"/> in insertion order.</summary>
    public int KeyAt(int position) => keys[position];

    /// <summary>The sum at <paramref name="position"/> in insertion order.</summary>
    public double SumAt(int position) => slots[slotOf[position]].Sum;

    /// <summary>The sum of <paramref name="key"/>, when held.</summary>
    public bool TryGetValue(int key, out double sum)
    {
        var s = Find(key);
        sum = s >= 0 ? slots[s].Sum : 0;
        return s >= 0;
    }

    /// <summary>
    /// Σ sum(keys[i]) · weights[i] over the keys held, added in the order of <paramref name="keys"/>: the same value,
    /// bit for bit, as adding the products of <see cref="TryGetValue"/> one key after another, for the non-negative
    /// sums and weights of TF-IDF vectors.
    /// </summary>
    public double Dot(ReadOnlySpan<int> keys, ReadOnlySpan<double> weights) => AddProducts(keys, weights, 0, keys.Length, 0.0);

    /// <summary>
    /// <see cref="Dot"/> when it can reach <paramref name="needed"/>, the same value bit for bit (the products are
    /// added in the same order); false, with the dot product not worked out in full, once it cannot. Before keys k =
    /// 0, step, 2·step, … it checks the sum so far plus <paramref name="tailNorms"/>[k / step] ·
    /// <paramref name="tailScale"/>, which must bound what keys k and after can still add: by Cauchy–Schwarz, the
    /// norm of their weights times this table's norm, with room for rounding.
    /// </summary>
    public bool TryDotAtLeast(
        ReadOnlySpan<int> keys,
        ReadOnlySpan<double> weights,
        ReadOnlySpan<double> tailNorms,
        int step,
        double tailScale,
        double needed,
        out double dot)
    {
        dot = 0.0;
        for (var from = 0; from < keys.Length; from += step)
        {
            if (dot + (tailNorms[from / step] * tailScale) < needed)
            {
                return false;
            }

            dot = AddProducts(keys, weights, from, Math.Min(from + step, keys.Length), dot);
        }

        return true;
    }

    /// <summary>Adds sum(keys[i]) · weights[i] for i in [<paramref name="from"/>, <paramref name="to"/>) to <paramref name="dot"/>, in order.</summary>
    private double AddProducts(ReadOnlySpan<int> keys, ReadOnlySpan<double> weights, int from, int to, double dot)
    {
        var sink = 0;
        var table = slots;
        var mask = table.Length - 1;
        for (var i = from; i < to; i++)
        {
            if (i + ReadAhead < keys.Length)
            {
                sink ^= table[Home(keys[i + ReadAhead])].Tag;
            }

            // The probe stops at the key's slot or at an empty one, whose sum is 0: adding its product, +0, leaves
            // the dot product as it was (it is never -0), so a key not held needs no branch of its own.
            var tag = keys[i] + 1;
            var s = Home(keys[i]);
            while (table[s].Tag != tag && table[s].Tag != 0)
            {
                s = (s + 1) & mask;
            }

            dot += table[s].Sum * weights[i];
        }

        readAheadSink = sink;
        return dot;
    }

    /// <summary>A reference to the sum of <paramref name="key"/>, added as 0 (last in order) when not held.</summary>
    public ref double GetValueRefOrAddDefault(int key, out bool exists)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(key);
        if ((Count + 1) * 2 > slots.Length)
        {
            Grow();
        }

        var mask = slots.Length - 1;
        var tag = key + 1;
        var s = Home(key);
        for (; slots[s].Tag != 0; s = (s + 1) & mask)
        {
            if (slots[s].Tag == tag)
            {
                exists = true;
                return ref slots[s].Sum;
            }
        }

        var position = Count++;
        if (position == keys.Length)
        {
            Array.Resize(ref keys, keys.Length * 2);
            Array.Resize(ref slotOf, slotOf.Length * 2);
        }

        keys[position] = key;
        slotOf[position] = s;
        slots[s].Tag = tag;
        exists = false;
        return ref slots[s].Sum;
    }

    /// <summary>
    /// Removes the keys <paramref name="remove"/> picks, keeping the others in their order, in place (no arrays are
    /// made: a storyline drops keys at every story committed to it).
    /// </summary>
    /// <returns>How many keys were removed.</returns>
    public int RemoveWhere(Func<int, bool> remove)
    {
        var gathered = ArrayPool<double>.Shared.Rent(Math.Max(Count, 1));
        try
        {
            // The keys kept move down in insertion order, their sums gathered apart, then go back into the table.
            var kept = 0;
            for (var position = 0; position < Count; position++)
            {
                var key = keys[position];
                if (remove(key))
                {
                    continue;
                }

                gathered[kept] = slots[slotOf[position]].Sum;
                keys[kept++] = key;
            }

            var removed = Count - kept;
            if (removed == 0)
            {
                return 0;
            }

            Array.Clear(slots);
            var mask = slots.Length - 1;
            for (var position = 0; position < kept; position++)
            {
                var s = Home(keys[position]);
                while (slots[s].Tag != 0)
                {
                    s = (s + 1) & mask;
                }

                slots[s] = new Slot { Tag = keys[position] + 1, Sum = gathered[position] };
                slotOf[position] = s;
            }

            Count = kept;
            return removed;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(gathered);
        }
    }

    /// <summary>Forgets every key.</summary>
    public void Clear()
    {
        Array.Clear(slots);
        Count = 0;
    }

    /// <summary>The slot of <paramref name="key"/>, or -1.</summary>
    private int Find(int key)
    {
        var mask = slots.Length - 1;
        var tag = key + 1;
        for (var s = Home(key); ; s = (s + 1) & mask)
        {
            var found = slots[s].Tag;
            if (found == tag)
            {
                return s;
            }

            if (found == 0)
            {
                return -1;
            }
        }
    }

    /// <summary>Fibonacci hashing: the key times 2^64/φ, its top bits the slot.</summary>
    private int Home(int key) => (int)(((ulong)(uint)key * 0x9E3779B97F4A7C15UL) >> shift);

    private void Grow()
    {
        var old = slots;
        slots = new Slot[old.Length * 2];
        shift--;
        var mask = slots.Length - 1;
        for (var position = 0; position < Count; position++)
        {
            var s = Home(keys[position]);
            while (slots[s].Tag != 0)
            {
                s = (s + 1) & mask;
            }

            slots[s] = old[slotOf[position]];
            slotOf[position] = s;
        }
    }

    /// <summary>A key plus one and its sum; an empty slot has tag 0 and sum 0, which <see cref="Dot"/> relies on.</summary>
    private struct Slot
    {
        public int Tag;
        public double Sum;
    }
}
