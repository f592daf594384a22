using System.Text;

namespace Parallax.Extraction.Text;

/// <summary>Headline comparison: case, quotes, punctuation and spacing do not count.</summary>
internal static class HeadlineText
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '–' or '—')
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>A short line that reads as a headline: a few words, capitalised start, no closing period or colon.</summary>
    public static bool IsHeadlineShaped(UnitFeatures unit) =>
        unit.Words is >= 3 and <= 25 && unit.Core.Length <= 200 && unit.StartsUpper
        && unit.LastChar is not ('.' or ':' or ',' or ';' or '…')
        && unit.CaptionScore < 2 && unit.LinkDensity < 0.5
        && !unit.FirstWord.Equals("by", StringComparison.Ordinal);
}
