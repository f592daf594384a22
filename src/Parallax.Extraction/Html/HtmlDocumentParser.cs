using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Parallax.Extraction.Input;

namespace Parallax.Extraction.Html;

/// <summary>
/// Parses HTML into a document in time and memory linear in the page: AngleSharp's tree construction is quadratic
/// in nesting depth, so elements nested deeper than <see cref="MaxDepth"/> lose their tags (their text stays, in
/// the nearest element within the limit) before the parser sees the page. Real pages nest a few dozen levels.
/// Thread-safe.
/// </summary>
public static class HtmlDocumentParser
{
    /// <summary>How many elements may be open at once; deeper start tags are dropped.</summary>
    public const int MaxDepth = 512;

    /// <summary>Parses <paramref name="html"/> with its nesting bounded by <see cref="MaxDepth"/>.</summary>
    public static IHtmlDocument Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var bounded = MarkupNesting.Limit(html, MaxDepth, out _);
        return new HtmlParser().ParseDocument(bounded);
    }
}
