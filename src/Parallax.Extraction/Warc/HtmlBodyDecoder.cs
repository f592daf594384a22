using System.Text;
using System.Text.RegularExpressions;
using Parallax.Extraction.Input;

namespace Parallax.Extraction.Warc;

/// <summary>
/// Turns an HTML response body into text with <see cref="TextDecoder.Decode(ReadOnlySpan{byte}, string?)"/>: a
/// byte order mark wins (as in browsers), then the charset the HTTP Content-Type names, then the page's own
/// &lt;meta&gt; declaration, then strict UTF-8 and Windows-1252; binary data is refused.
/// </summary>
internal static partial class HtmlBodyDecoder
{
    // The HTML standard's prescan looks at the first 1024 bytes for a declaration.
    private const int PrescanBytes = 1024;

    public static (string? Text, string? Problem) Decode(byte[] body, string? contentType)
    {
        var decoded = TextDecoder.Decode(body, CharsetOf(contentType));
        return (decoded.Text, decoded.Problem);
    }

    /// <summary>The media type of a Content-Type value, lower case, without parameters; null when absent.</summary>
    public static string? MediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var type = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
        return type.Length == 0 ? null : type;
    }

    /// <summary>Whether the body starts like an HTML document (after a BOM and white space).</summary>
    public static bool LooksLikeHtml(byte[] body)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, PrescanBytes)).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<body", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<!--", StringComparison.Ordinal) && head.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }

    private static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var match = CharsetParameter().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();
}
