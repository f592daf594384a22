namespace Parallax.Extraction.Metadata;

/// <summary>Declared language tags ("en-GB", "fr_FR", "DE") reduced to their lower-case BCP 47 primary subtag.</summary>
public static class LanguageTags
{
    /// <summary>
    /// The primary subtag of the first tag in <paramref name="declared"/> ("en-US, fr" gives "en"), or null when it is
    /// not a two- or three-letter language code or says "no particular language" (und, mul, zxx, x-default).
    /// </summary>
    public static string? Primary(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }

        var first = declared.AsSpan().Trim();
        var comma = first.IndexOfAny(',', ';', ' ');
        if (comma >= 0)
        {
            first = first[..comma];
        }

        var end = first.IndexOfAny('-', '_');
        var primary = (end >= 0 ? first[..end] : first).ToString().ToLowerInvariant();
        if (primary.Length is < 2 or > 3 || !primary.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        return primary is "und" or "mul" or "zxx" or "mis" ? null : primary;
    }
}
