using System.Net;
using System.Security.Cryptography;
using System.Text;
using Parallax.Extraction.Metadata;

namespace Parallax.Extraction.Feeds;

/// <summary>Text, link and id helpers shared by the feed formats.</summary>
internal static class FeedText
{
    /// <summary>Plain text: trimmed, white space collapsed; null when empty.</summary>
    public static string? Plain(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = WhiteSpace.Collapse(value);
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// Text from a value that may hold HTML (RSS descriptions usually do, escaped in the XML): tags dropped,
    /// character references decoded, block boundaries kept as spaces, white space collapsed.
    /// </summary>
    public static string? FromHtml(string? value)
    {
        if (value is null || value.AsSpan().IndexOfAny('<', '&') < 0)
        {
            return Plain(value);
        }

        return Plain(HtmlText.Strip(value));
    }

    /// <summary>Text as HTML, for Atom text content given where HTML is expected.</summary>
    public static string? AsHtml(string? text) => string.IsNullOrWhiteSpace(text) ? null : WebUtility.HtmlEncode(text.Trim());

    /// <summary>
    /// An absolute http(s) URL from <paramref name="raw"/>, resolved against <paramref name="baseUri"/> when
    /// relative; null when empty, unresolvable or of another scheme.
    /// </summary>
    public static string? ResolveLink(string? raw, Uri? baseUri)
    {
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // "/path" parses as an absolute file URI on Unix; in a feed it is always relative to the site.
        if (!value.StartsWith('/') && Uri.TryCreate(value, UriKind.Absolute, out var absolute))
        {
            return IsWeb(absolute) ? absolute.AbsoluteUri : null;
        }

        return baseUri is not null && Uri.TryCreate(baseUri, value, out var resolved) && IsWeb(resolved) ? resolved.AbsoluteUri : null;
    }

    /// <summary>The base URI after applying <paramref name="xmlBase"/> to <paramref name="current"/>.</summary>
    public static Uri? ApplyBase(Uri? current, string xmlBase)
    {
        var value = xmlBase.Trim();
        if (!value.StartsWith('/') && Uri.TryCreate(value, UriKind.Absolute, out var absolute))
        {
            return absolute;
        }

        return current is not null && Uri.TryCreate(current, value, out var resolved) ? resolved : current;
    }

    /// <summary>The stable id for an item without one; see <see cref="FeedItem.Id"/>.</summary>
    public static string? StableId(string? link, string? title, string? summary, string? content)
    {
        if (link is not null)
        {
            return link;
        }

        var basis = title ?? (summary is null && content is null ? null : summary + "\n" + content);
        if (basis is null)
        {
            return null;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(basis));
        return "urn:parallax:feed-item:" + Convert.ToHexStringLower(hash, 0, 16);
    }

    private static bool IsWeb(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;
}
