using System.Net;
using System.Text;

namespace Parallax.Extraction.Feeds;

/// <summary>
/// Text from an HTML fragment in one linear pass: tags dropped (block-level ones leave a space), comments,
/// scripts and styles dropped, character references decoded. A full HTML parser is deliberately not used: its
/// tree building is superlinear on hostile nesting (thousands of unclosed formatting tags), and a feed summary
/// needs only the words.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> InlineElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    };

    public static string Strip(string html)
    {
        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<' || i + 1 == html.Length || !(char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!' or '?'))
            {
                text.Append(c);
                i++;
                continue;
            }

            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = After(html, "-->", i + 4);
                continue;
            }

            var end = TagEnd(html, i + 1);
            if (end < 0)
            {
                break; // An unterminated tag runs to the end: nothing after it is text.
            }

            var name = TagName(html, i + 1);
            var closing = html[i + 1] == '/';
            i = end + 1;
            if (!closing && name.ToLowerInvariant() is "script" or "style" or "template")
            {
                i = After(html, ">", SkipTo(html, "</" + name, i));
                continue;
            }

            if (!InlineElements.Contains(name))
            {
                text.Append(' ');
            }
        }

        return WebUtility.HtmlDecode(text.ToString());
    }

    // The '>' closing a tag that starts at 'from', skipping quoted attribute values; -1 when there is none.
    private static int TagEnd(string html, int from)
    {
        var quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return -1;
    }

    private static string TagName(string html, int from)
    {
        var start = html[from] == '/' ? from + 1 : from;
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-'))
        {
            end++;
        }

        return html[start..end];
    }

    private static int SkipTo(string html, string marker, int from)
    {
        var at = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at;
    }

    private static int After(string html, string marker, int from)
    {
        if (from >= html.Length)
        {
            return html.Length;
        }

        var at = html.IndexOf(marker, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
