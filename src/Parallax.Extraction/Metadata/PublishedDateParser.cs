using System.Globalization;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Parses publication dates as they appear in metadata: ISO 8601, RFC 1123, and common written forms
/// ("12 September 2025", "September 12, 2025", "Sep 12, 2025"). Values without an offset are taken as UTC.
/// </summary>
public static class PublishedDateParser
{
    private static readonly string[] WrittenFormats =
    [
        "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy",
        "dddd, d MMMM yyyy", "dddd, MMMM d, yyyy", "d MMMM yyyy HH:mm", "MMMM d, yyyy HH:mm",
        "d MMMM yyyy, HH:mm", "MMMM d, yyyy, HH:mm", "MMMM d, yyyy h:mm tt", "yyyy/MM/dd", "yyyy.MM.dd",
    ];

    /// <summary>The date, or null when <paramref name="value"/> is empty or not a date.</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = WhiteSpace.Collapse(value).Replace("Sept ", "Sep ", StringComparison.Ordinal);
        const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        var invariant = CultureInfo.InvariantCulture;

        if (DateTimeOffset.TryParseExact(text, "r", invariant, Styles, out var rfc))
        {
            return rfc;
        }

        if (LooksIso(text) && DateTimeOffset.TryParse(text, invariant, Styles, out var iso))
        {
            return iso;
        }

        var withoutOrdinals = StripOrdinalSuffixes(text);
        if (DateTimeOffset.TryParseExact(withoutOrdinals, WrittenFormats, invariant, Styles, out var written))
        {
            return written;
        }

        // RFC 822 variants with a numeric offset ("Fri, 12 Sep 2025 10:00:00 +0200") and other forms the
        // invariant culture understands, provided they contain a four-digit year.
        return HasYear(text) && DateTimeOffset.TryParse(withoutOrdinals, invariant, Styles, out var loose) ? loose : null;
    }

    private static bool LooksIso(string text) =>
        text.Length >= 10 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[3]) && text[4] == '-';

    private static bool HasYear(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    // "12th September 2025" -> "12 September 2025".
    private static string StripOrdinalSuffixes(string text)
    {
        var chars = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && IsOrdinalSuffix(text[i], text[i + 1])
                && (i + 2 == text.Length || !char.IsLetter(text[i + 2])))
            {
                i++;
                continue;
            }

            chars.Append(text[i]);
        }

        return chars.ToString();
    }

    private static bool IsOrdinalSuffix(char a, char b)
    {
        var pair = string.Concat(char.ToLowerInvariant(a), char.ToLowerInvariant(b));
        return pair is "st" or "nd" or "rd" or "th";
    }
}
