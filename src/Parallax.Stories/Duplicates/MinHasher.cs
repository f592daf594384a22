using Parallax.Stories.Features;

namespace Parallax.Stories.Duplicates;

/// <summary>
/// MinHash signatures over lowercased word shingles. Hash functions are fixed (seeded from constants), so the same
/// text gets the same signature on every run and machine. Immutable and thread-safe.
/// </summary>
internal sealed class MinHasher
{
    private readonly ulong[] multipliers;
    private readonly ulong[] offsets;
    private readonly int shingleSize;

    public MinHasher(int hashCount, int shingleSize)
    {
        this.shingleSize = shingleSize;
        multipliers = new ulong[hashCount];
        offsets = new ulong[hashCount];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < hashCount; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            multipliers[i] = Mix(state) | 1;
            state += 0x9E3779B97F4A7C15UL;
            offsets[i] = Mix(state);
        }
    }

    /// <summary>The signature of the text, or null when it has no words.</summary>
    public ulong[]? Signature(string text)
    {
        var wordHashes = new List<ulong>();
        var scanner = new WordScanner(text);
        while (scanner.MoveNext())
        {
            wordHashes.Add(HashWord(scanner.Current));
        }

        if (wordHashes.Count == 0)
        {
            return null;
        }

        var signature = new ulong[multipliers.Length];
        Array.Fill(signature, ulong.MaxValue);
        var windows = Math.Max(1, wordHashes.Count - shingleSize + 1);
        var width = Math.Min(shingleSize, wordHashes.Count);
        for (var start = 0; start < windows; start++)
        {
            var shingle = 1469598103934665603UL;
            for (var w = 0; w < width; w++)
            {
                shingle = (shingle ^ wordHashes[start + w]) * 1099511628211UL;
            }

            // One strong mix per shingle, then a multiply-add per hash function: the ordering that decides each minimum
            // is set by the high bits, which a multiplication by an odd constant spreads from every bit of the mix.
            var mixed = Mix(shingle);
            for (var i = 0; i < signature.Length; i++)
            {
                var value = (mixed * multipliers[i]) + offsets[i];
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }

        return signature;
    }

    /// <summary>The share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets.</summary>
    public static double EstimateJaccard(ulong[] a, ulong[] b)
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
