using System.Text;
using System.Text.RegularExpressions;

namespace Parallax.Extraction.Input;

/// <summary>
/// The encoding a document declares in its own first bytes: a &lt;meta charset&gt; or &lt;meta http-equiv=
/// "Content-Type" content="...; charset=..."&gt; within the first 1024 bytes (the HTML standard's prescan:
/// comments are skipped, a later declaration is ignored, an unknown label lets the next one speak), else an XML
/// declaration's encoding.
/// </summary>
internal static partial class CharsetPrescan
{
    /// <summary>How far the HTML standard's prescan looks.</summary>
    public const int PrescanBytes = 1024;

    /// <summary>
    /// How far a late declaration is looked for. Browsers that meet a &lt;meta charset&gt; while parsing with a
    /// guessed encoding change to it (the HTML standard's "change the encoding"); archive copies put a kilobyte of
    /// injected scripts before the page's own head, pushing its declaration past the prescan.
    /// </summary>
    public const int LateDeclarationBytes = 64 * 1024;

    /// <summary>The code page the document declares, or null when it declares none the reader knows.</summary>
    public static int? Find(ReadOnlySpan<byte> bytes) => Find(bytes, PrescanBytes);

    /// <summary>The code page the document declares within its first <paramref name="limit"/> bytes.</summary>
    public static int? Find(ReadOnlySpan<byte> bytes, int limit)
    {
        // Latin-1 maps each byte to one char, so offsets stay byte offsets and ASCII markup reads as itself in every
        // ASCII-compatible encoding.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, limit)]);
        return FromMeta(head) ?? FromXmlDeclaration(head);
    }

    private static int? FromMeta(string head)
    {
        var withoutComments = Comment().Replace(head, " ");
        foreach (Match meta in MetaTag().Matches(withoutComments))
        {
            string? charset = null, httpEquiv = null, content = null;
            foreach (Match attribute in Attribute().Matches(meta.Groups[1].Value))
            {
                var value = attribute.Groups[2].Success ? attribute.Groups[2].Value
                    : attribute.Groups[3].Success ? attribute.Groups[3].Value
                    : attribute.Groups[4].Value;
                switch (attribute.Groups[1].Value.ToLowerInvariant())
                {
                    case "charset":
                        charset ??= value;
                        break;
                    case "http-equiv":
                        httpEquiv ??= value;
                        break;
                    case "content":
                        content ??= value;
                        break;
                    default:
                        break;
                }
            }

            var label = charset ?? (string.Equals(httpEquiv?.Trim(), "content-type", StringComparison.OrdinalIgnoreCase)
                ? CharsetFromContentType(content)
                : null);
            if (EncodingLabels.Resolve(label) is { } codePage)
            {
                // A page cannot declare UTF-16 in ASCII bytes; the standard reads such a declaration as UTF-8.
                return codePage is EncodingLabels.Utf16Le or EncodingLabels.Utf16Be ? EncodingLabels.Utf8 : codePage;
            }
        }

        return null;
    }

    private static int? FromXmlDeclaration(string head)
    {
        var match = XmlDeclaration().Match(head);
        var codePage = match.Success ? EncodingLabels.Resolve(match.Groups[1].Value) : null;
        return codePage is EncodingLabels.Utf16Le or EncodingLabels.Utf16Be ? EncodingLabels.Utf8 : codePage;
    }

    /// <summary>The charset parameter of a Content-Type value ("text/html; charset=koi8-r"), or null.</summary>
    public static string? CharsetFromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        var match = CharsetParameter().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("<!--.*?(?:-->|$)", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex("""<meta[\s/]((?:[^>"']|"[^"]*"|'[^']*')*)>?""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex("""([^\s=/>"']+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")]
    private static partial Regex Attribute();

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex("""\A<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.:\-]+)["']""")]
    private static partial Regex XmlDeclaration();
}
