using System.Text;
using Parallax.Core.Text;
using Parallax.Reporting.Model;

namespace Parallax.Reporting.Markdown;

/// <summary>
/// Escaping for Markdown: untrusted text becomes one line whose characters Markdown would read as syntax (emphasis,
/// links, code, HTML, table pipes) are backslash-escaped, so a title can neither break a table nor inject markup.
/// </summary>
internal static class MarkdownText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 8);
        Append(builder, text, 0, text.Length);
        return builder.ToString();
    }

    /// <summary>The text escaped, with the given spans in bold.</summary>
    public static string Bold(string text, IEnumerable<TextSpan> spans)
    {
        var builder = new StringBuilder(text.Length + 16);
        var position = 0;
        foreach (var span in Spans.Normalize(spans, text.Length))
        {
            Append(builder, text, position, span.Start);
            builder.Append("**");
            Append(builder, text, span.Start, span.End);
            builder.Append("**");
            position = span.End;
        }

        Append(builder, text, position, text.Length);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string text, int start, int end)
    {
        var lastWasSpace = builder.Length > 0 && builder[^1] == ' ';
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n' or '\t')
            {
                // A line break would end a table row or list item; tables and lists are one line per entry.
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c);
            lastWasSpace = c == ' ';
        }
    }
}
