namespace Parallax.Comparison.Text;

/// <summary>
/// A small, crude English suffix stripper: enough to fold inflections ("negotiations", "negotiated",
/// "negotiating" → "negotiat") for overlap scores. Kept internal and behind one method so a full Porter
/// stemmer can replace it.
/// </summary>
internal static class SuffixStemmer
{
    /// <summary>The stem of a lowercased word.</summary>
    public static string Stem(string lower)
    {
        var w = lower;
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        if (w.Length <= 3 || !char.IsLetter(w[^1]))
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i'))
        {
            w = w[..^1];
        }

        if (w.EndsWith("ingly", StringComparison.Ordinal) && w.Length > 7)
        {
            w = w[..^5];
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            w = w[..^3];
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^2];
        }
        else if (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 5)
        {
            w = w[..^2];
        }

        if (w.EndsWith("ation", StringComparison.Ordinal) && w.Length > 7)
        {
            w = w[..^3];
        }
        else if (w.EndsWith("ion", StringComparison.Ordinal) && w.Length > 6 && w[^4] == 't')
        {
            w = w[..^3];
        }
        else if (w.EndsWith("or", StringComparison.Ordinal) && w.Length > 6 && w[^3] == 't')
        {
            w = w[..^2];
        }

        // Fold doubled final consonants ("stopped" → "stopp" → "stop") and a silent final e ("negotiate").
        if (w.Length > 4 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z' or 'e' or 'o'))
        {
            w = w[..^1];
        }

        if (w.Length > 4 && w[^1] == 'e')
        {
            w = w[..^1];
        }

        return w;
    }
}
