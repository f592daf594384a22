using System.Numerics;
using System.Runtime.InteropServices;
using Parallax.Stories.Features;

namespace Parallax.Stories.Duplicates;

/// <summary>
/// MinHash signatures (32-bit values) over lowercased word shingles. Hash functions are fixed (seeded from constants), so the same
/// text gets the same signature on every run and machine. Immutable and thread-safe.
/// </summary>
internal sealed class MinHasher
{
    private readonly uint[] multipliers;
    private readonly uint[] offsets;
    private readonly int shingleSize;

    public MinHasher(int hashCount, int shingleSize)
    {
        this.shingleSize = shingleSize;

        // Padded to whole vectors; the padding lanes are computed and dropped.
        var padded = (hashCount + Vector<uint>.Count - 1) / Vector<uint>.Count * Vector<uint>.Count;
        HashCount = hashCount;
        multipliers = new uint[padded];
        offsets = new uint[padded];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < padded; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var mixed = Mix(state);
            multipliers[i] = (uint)mixed | 1;
            offsets[i] = (uint)(mixed >> 32);
        }
    }

    public int HashCount { get; }

    /// <summary>The signature of the text, or null when it has no words.</summary>
    public uint[]? Signature(string text)
    {
        var words = new TextWords();
        words.Scan(text);
        return Signature(text, words);
    }

    /// <summary>
    /// The signature of <paramref name="text"/>, whose words <paramref name="words"/> already holds (found by
    /// <see cref="TextWords.Scan"/> on this text): the same as <see cref="Signature(string)"/> without finding them again.
    /// </summary>
    public uint[]? Signature(string text, TextWords words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        var minima = new uint[multipliers.Length];
        Array.Fill(minima, uint.MaxValue);
        var lanes = MemoryMarshal.Cast<uint, Vector<uint>>(minima.AsSpan());

        // The last shingleSize word hashes, oldest first once rotated: a shingle is hashed when its last word is read.
        Span<ulong> recent = stackalloc ulong[shingleSize];
        var count = 0;
        for (var w = 0; w < words.Count; w++)
        {
            recent[count % shingleSize] = HashWord(words.Word(text, w));
            count++;
            if (count >= shingleSize)
            {
                AddShingle(lanes, recent, count % shingleSize, shingleSize);
            }
        }

        if (count < shingleSize)
        {
            // A text shorter than a shingle is one shingle of all its words.
            AddShingle(lanes, recent, 0, count);
        }

        return minima.Length == HashCount ? minima : minima[..HashCount];
    }

    /// <summary>Hashes the shingle of <paramref name="width"/> words from <paramref name="oldest"/> in the ring and lowers the minima with it.</summary>
    private void AddShingle(Span<Vector<uint>> lanes, ReadOnlySpan<ulong> ring, int oldest, int width)
    {
        var shingle = 1469598103934665603UL;
        for (var w = 0; w < width; w++)
        {
            shingle = (shingle ^ ring[(oldest + w) % ring.Length]) * 1099511628211UL;
        }

        // One strong mix per shingle, then h(x) = a·x + b (mod 2^32) per hash function, a vector of them at a
        // time: a multiply-add family whose minima order shingles by their well-mixed high bits.
        var x = new Vector<uint>((uint)(Mix(shingle) >> 32));
        var a = MemoryMarshal.Cast<uint, Vector<uint>>(multipliers.AsSpan());
        var b = MemoryMarshal.Cast<uint, Vector<uint>>(offsets.AsSpan());
        for (var i = 0; i < lanes.Length; i++)
        {
            lanes[i] = Vector.Min(lanes[i], (a[i] * x) + b[i]);
        }
    }

    /// <summary>The share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets.</summary>
    public static double EstimateJaccard(uint[] a, uint[] b)
    {
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }

        return (double)equal / a.Length;
    }

    /// <summary>FNV-1a over the lowercased word, with typographic apostrophes folded.</summary>
    private static ulong HashWord(ReadOnlySpan<char> word)
    {
        var hash = 1469598103934665603UL;
        foreach (var c in word)
        {
            var folded = WordScanner.IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
            hash = (hash ^ folded) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>The SplitMix64 finaliser: a cheap, well-distributed 64-bit mix.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
