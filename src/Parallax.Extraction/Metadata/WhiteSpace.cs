using System.Text;

namespace Parallax.Extraction.Metadata;

/// <summary>White-space folding shared by the readers.</summary>
internal static class WhiteSpace
{
    /// <summary>
    /// Runs of white space (incl. no-break and zero-width spaces) become one space; the ends are trimmed. Text
    /// already in that form is returned as it is, without a copy: HTML blocks arrive collapsed and are compared
    /// many times.
    /// </summary>
    public static string Collapse(string value)
    {
        if (IsCollapsed(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var pending = false;
        foreach (var c in value)
        {
            if (IsSpace(c))
            {
                pending = builder.Length > 0;
                continue;
            }

            if (pending)
            {
                builder.Append(' ');
                pending = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B';

    // No white space at the ends, and inside only single plain spaces.
    private static bool IsCollapsed(string text)
    {
        var previousSpace = true;
        foreach (var c in text)
        {
            var space = IsSpace(c);
            if (space && (previousSpace || c != ' '))
            {
                return false;
            }

            previousSpace = space;
        }

        return !previousSpace || text.Length == 0;
    }
}
