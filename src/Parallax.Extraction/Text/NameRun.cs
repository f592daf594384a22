using System.Text;

namespace Parallax.Extraction.Text;

/// <summary>Reads a proper-noun name (a run of capitalised words, "of"/"and"/"&amp;" between them) from a position in text.</summary>
internal static class NameRun
{
    private const int MaxWords = 6;

    /// <summary>The name that starts at <paramref name="position"/> (after white space), or null.</summary>
    public static string? At(string text, int position)
    {
        var builder = new StringBuilder();
        var words = 0;
        var meaningful = 0;
        var pendingConnector = (string?)null;
        var i = position;
        // "member of the Riverside Gazette": a lower-case article before the name is not part of it.
        if (string.CompareOrdinal(text, i, "the ", 0, 4) == 0 && i + 4 < text.Length && char.IsUpper(text[i + 4]))
        {
            i += 4;
        }

        while (i < text.Length && words < MaxWords)
        {
            var gapStart = i;
            while (i < text.Length && text[i] is ' ' or '\u00A0')
            {
                i++;
            }

            // Any punctuation between words ends the name.
            if (i > gapStart + 2 || (words > 0 && i == gapStart))
            {
                break;
            }

            var scan = i;
            if (!UnitAnalyzer.NextWord(text, ref scan, out var start, out var length) || start != i)
            {
                break;
            }

            var word = text.Substring(start, length);
            if (char.IsUpper(word[0]) || (char.IsDigit(word[0]) && words > 0))
            {
                word = StripPossessive(word);
                if (pendingConnector is not null)
                {
                    builder.Append(' ').Append(pendingConnector);
                    pendingConnector = null;
                }

                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(word);
                words++;
                if (!BoilerplateLexicon.NotOutletNames.Contains(word))
                {
                    meaningful++;
                }

                i = scan;
                if (word.Length != length)
                {
                    break;
                }
            }
            else if (words > 0 && pendingConnector is null && word is "of" or "and" or "&" or "the" or "de")
            {
                pendingConnector = word;
                i = scan;
            }
            else
            {
                break;
            }
        }

        return meaningful > 0 ? builder.ToString() : null;
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
}
