namespace Parallax.Comparison.Text;

/// <summary>
/// Dice similarity of character trigrams, for spelling and transliteration variants of one word
/// ("Zelensky"/"Zelenskiy", "Luhansk"/"Lugansk"). Only words that could be variants are compared at all.
/// </summary>
internal static class TrigramSimilarity
{
    /// <summary>The lowest similarity at which two words count as variants of each other.</summary>
    public const double VariantThreshold = 0.6;

    /// <summary>True when the two words are long enough, start alike and differ little in length.</summary>
    public static bool AreCandidates(string a, string b) =>
        a.Length >= 5 && b.Length >= 5 && a[0] == b[0] && Math.Abs(a.Length - b.Length) <= 2;

    /// <summary>Dice coefficient over the trigrams of the two words (0..1).</summary>
    public static double Dice(string a, string b)
    {
        var na = a.Length - 2;
        var nb = b.Length - 2;
        if (na <= 0 || nb <= 0)
        {
            return a == b ? 1 : 0;
        }

        // Words are short, so the quadratic scan beats building sets; each trigram of b matches at most once.
        Span<bool> used = nb <= 64 ? stackalloc bool[nb] : new bool[nb];
        var shared = 0;
        for (var i = 0; i < na; i++)
        {
            for (var j = 0; j < nb; j++)
            {
                if (!used[j] && a[i] == b[j] && a[i + 1] == b[j + 1] && a[i + 2] == b[j + 2])
                {
                    used[j] = true;
                    shared++;
                    break;
                }
            }
        }

        return 2.0 * shared / (na + nb);
    }
}
