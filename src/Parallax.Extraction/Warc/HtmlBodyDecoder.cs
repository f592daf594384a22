using System.Text;
using System.Text.RegularExpressions;
using Parallax.Extraction.Input;

namespace Parallax.Extraction.Warc;

/// <summary>
/// Turns an HTML response body into text. A byte order mark wins (as in browsers); then the charset the HTTP
/// Content-Type names, then one a &lt;meta&gt; tag near the top declares; otherwise, and for UTF-8, the reader's
/// own decoding (strict UTF-8, Windows-1252 for anything else), which also refuses binary data.
/// </summary>
internal static partial class HtmlBodyDecoder
{
    // The HTML standard's prescan looks at the first 1024 bytes for a declaration.
    private const int PrescanBytes = 1024;

    public static (string? Text, string? Problem) Decode(byte[] body, string? contentType)
    {
        if (HasBom(body))
        {
            return Own(body);
        }

        var label = CharsetOf(contentType) ?? MetaCharset(body);
        var decode = label is null ? null : Resolve(label);
        if (decode is null)
        {
            return Own(body);
        }

        var text = decode(body);
        return text.Contains('\0', StringComparison.Ordinal) ? (null, "binary page (contains NUL characters)") : (text, null);
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

    private static (string? Text, string? Problem) Own(byte[] body)
    {
        var decoded = TextDecoder.Decode(body);
        return (decoded.Text, decoded.Problem);
    }

    private static bool HasBom(byte[] body) =>
        (body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF)
        || (body.Length >= 2 && ((body[0] == 0xFF && body[1] == 0xFE) || (body[0] == 0xFE && body[1] == 0xFF)));

    private static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var match = CharsetParameter().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string? MetaCharset(byte[] body)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, PrescanBytes));
        foreach (Match meta in MetaTag().Matches(head))
        {
            var match = CharsetParameter().Match(meta.Value);
            if (match.Success)
            {
                return match.Groups[1].Value;
            }
        }

        return null;
    }

    // Null for UTF-8 and unknown labels: both go through the reader's own decoding. Latin-1 and ASCII labels mean
    // Windows-1252 on the web (the WHATWG Encoding standard), which the reader maps itself.
    private static Func<byte[], string>? Resolve(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return null;
            case "windows-1252" or "cp1252" or "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii":
                return static bytes => Windows1252.Decode(bytes);
            default:
                break;
        }

        try
        {
            // The code-page provider is asked directly, not registered, so the process-wide encodings stay as they are.
            var encoding = CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
            return encoding.GetString;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex("<meta\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();
}
