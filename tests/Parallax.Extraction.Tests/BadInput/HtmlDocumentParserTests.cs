using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Parallax.Extraction.Html;

namespace Parallax.Extraction.Tests.BadInput;

public sealed class HtmlDocumentParserTests
{
    private static int Depth(IElement element)
    {
        var depth = 0;
        for (var current = element; current.ParentElement is { } parent; current = parent)
        {
            depth++;
        }

        return depth;
    }

    private static string Nested(int depth, string open, string close) =>
        "<html><body>" + string.Concat(Enumerable.Repeat(open, depth)) + "<p id=deepest>Deep text</p>"
        + string.Concat(Enumerable.Repeat(close, depth)) + "</body></html>";

    [Fact]
    public void A_page_within_the_limit_parses_exactly_as_angle_sharp_parses_it()
    {
        const string page = """
            <!DOCTYPE html><html><head><title>a < b</title><script>if (a < b) { document.write("<div><div><div>"); }</script>
            <style>div > p { color: red }</style></head><body>
            <div title="x > y" data-a='<div>'><p>One<p>Two<ul><li>a<li>b</ul></div><!-- <div><div> -->
            <table><tr><td><div>cell</table><svg><g/><path/></svg><a href=/a>x<a href=/b>y</a><textarea><div></textarea>
            </body></html>
            """;
        var bounded = HtmlDocumentParser.Parse(page);
        var direct = new HtmlParser(HtmlDocumentParser.ParserOptions).ParseDocument(page);
        Assert.Equal(direct.DocumentElement.OuterHtml, bounded.DocumentElement.OuterHtml);
    }

    [Fact]
    public void Comments_and_style_text_are_not_built_but_json_ld_script_text_is()
    {
        const string page = """
            <html><head><style>p { color: red }</style>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script></head>
            <body><!-- a comment --><p>Text</p></body></html>
            """;
        var document = HtmlDocumentParser.Parse(page);
        Assert.Contains("NewsArticle", document.QuerySelector("script")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("color", document.QuerySelector("style")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("a comment", document.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("Text", document.Body.TextContent.Trim());
    }

    [Fact]
    public void Nesting_beyond_the_limit_loses_tags_but_not_text()
    {
        var document = HtmlDocumentParser.Parse(Nested(5000, "<div>", "</div>"));
        // The <p> would open beyond the limit too, so its text lands in the deepest kept <div>.
        Assert.Null(document.GetElementById("deepest"));
        var divs = document.QuerySelectorAll("div");
        Assert.Equal(HtmlDocumentParser.MaxDepth, divs.Length);
        var deepest = divs[^1];
        Assert.Equal("Deep text", deepest.TextContent);
        Assert.InRange(Depth(deepest), HtmlDocumentParser.MaxDepth - 2, HtmlDocumentParser.MaxDepth + 2);
    }

    [Fact]
    public void Siblings_do_not_count_as_depth()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>x</span></div>", 5000)) + "</body></html>";
        Assert.Equal(5000, HtmlDocumentParser.Parse(page).QuerySelectorAll("div").Length);
    }

    [Fact]
    public void Unclosed_paragraphs_and_links_do_not_count_as_depth()
    {
        var page = "<html><body><div>" + string.Concat(Enumerable.Repeat("<p>para <a href=/x>link", 3000)) + "</div></body></html>";
        // Each <p> closes the one before and each <a> the one before, so the page is shallow and nothing is dropped.
        Assert.Equal(new HtmlParser().ParseDocument(page).DocumentElement.OuterHtml, HtmlDocumentParser.Parse(page).DocumentElement.OuterHtml);
    }
}
