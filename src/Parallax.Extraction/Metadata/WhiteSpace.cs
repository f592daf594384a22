using System.Text;

namespace Parallax.Extraction.Metadata;

/// <summary>White-space folding shared by the readers.</summary>
internal static class WhiteSpace
{
    /// <summary>Runs of white space (incl. no-break spaces) become one space; the ends are trimmed.</summary>
    public static string Collapse(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pending = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
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
}
