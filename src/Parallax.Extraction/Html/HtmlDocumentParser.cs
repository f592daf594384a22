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

    // Nothing downstream reads comments, processing instructions, the text of raw-text elements (style, xmp,
    // iframe, noembed, noframes: none is article text) or source positions; not building them saves about a fifth
    // of the parse. Script text is kept: JSON-LD metadata lives there.
    /// <summary>
    /// The AngleSharp options every page is parsed with: no comments, processing instructions, raw-text element
    /// text or position tracking; script text kept.
    /// </summary>
    public static HtmlParserOptions ParserOptions { get; } = new()
    {
        SkipComments = true,
        SkipProcessingInstructions = true,
        SkipRawText = true,
        DisableElementPositionTracking = true,
    };

    /// <summary>Parses <paramref name="html"/> with its nesting bounded by <see cref="MaxDepth"/>.</summary>
    public static IHtmlDocument Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var bounded = MarkupNesting.Limit(html, MaxDepth, out _);
        return new HtmlParser(ParserOptions).ParseDocument(bounded);
    }
}
