using System.Numerics;

namespace Parallax.Stories.Clustering;

/// <summary>
/// Sums by key number (a key's number in the stream's key table), enumerated in the order keys were first added:
/// what a <see cref="Centroid"/> holds. An open-addressing table with linear probing over a power-of-two array,
/// each slot holding the key and the position of its sum, so a look-up usually reads one slot and, on a hit, one sum.
/// </summary>
/// <remarks>
/// Comparing an article with its candidate stories is a look-up per key of the article per candidate, most of the
/// sequential step's time; <see cref="Dictionary{TKey, TValue}"/> spent it on a modulo, a bucket and an entry read.
/// Keys are never removed, so positions are insertion order and sums add up in the same order as before.
/// </remarks>
internal sealed class OrderedSums
{
    private const int MinimumSlots = 16;

    // Slot: key number + 1 in the high 32 bits (0 = empty), position of its sum in the low 32 bits.
    private ulong[] slots = new ulong[MinimumSlots];
    private int[] keys = new int[MinimumSlots / 2];
    private double[] sums = new double[MinimumSlots / 2];
    private int shift = 64 - BitOperations.Log2(MinimumSlots);

    /// <summary>Keys held.</summary>
    public int Count { get; private set; }

    /// <summary>The key at <paramref name="position"/> in insertion order.</summary>
    public int KeyAt(int position) => keys[position];

    /// <summary>The sum at <paramref name="position"/> in insertion order.</summary>
    public double SumAt(int position) => sums[position];

    /// <summary>The sum of <paramref name="key"/>, when held.</summary>
    public bool TryGetValue(int key, out double sum)
    {
        var mask = slots.Length - 1;
        var tag = (ulong)(uint)(key + 1) << 32;
        for (var s = Home(key); ; s = (s + 1) & mask)
        {
            var slot = slots[s];
            if ((slot & 0xFFFF_FFFF_0000_0000UL) == tag)
            {
                sum = sums[(int)(uint)slot];
                return true;
            }

            if (slot == 0)
            {
                sum = 0;
                return false;
            }
        }
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
        var tag = (ulong)(uint)(key + 1) << 32;
        var s = Home(key);
        for (; slots[s] != 0; s = (s + 1) & mask)
        {
            if ((slots[s] & 0xFFFF_FFFF_0000_0000UL) == tag)
            {
                exists = true;
                return ref sums[(int)(uint)slots[s]];
            }
        }

        var position = Count++;
        if (position == keys.Length)
        {
            Array.Resize(ref keys, keys.Length * 2);
            Array.Resize(ref sums, sums.Length * 2);
        }

        keys[position] = key;
        slots[s] = tag | (uint)position;
        exists = false;
        return ref sums[position];
    }

    /// <summary>Forgets every key.</summary>
    public void Clear()
    {
        Array.Clear(slots);
        Array.Clear(sums, 0, Count);
        Count = 0;
    }

    /// <summary>Fibonacci hashing: the key times 2^64/φ, its top bits the slot.</summary>
    private int Home(int key) => (int)(((ulong)(uint)key * 0x9E3779B97F4A7C15UL) >> shift);

    private void Grow()
    {
        slots = new ulong[slots.Length * 2];
        shift--;
        var mask = slots.Length - 1;
        for (var position = 0; position < Count; position++)
        {
            var key = keys[position];
            var s = Home(key);
            while (slots[s] != 0)
            {
                s = (s + 1) & mask;
            }

            slots[s] = ((ulong)(uint)(key + 1) << 32) | (uint)position;
        }
    }
}
