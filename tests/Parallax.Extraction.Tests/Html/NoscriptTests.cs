using Parallax.Extraction.Html;

namespace Parallax.Extraction.Tests.Html;

public sealed class NoscriptTests
{
    [Fact]
    public void A_post_rendered_by_script_is_read_from_its_noscript_copy()
    {
        const string page = """
            <html><head><title>Safer browsing arrives</title></head><body>
            <noscript><p>Please enable JavaScript to use this site.</p></noscript>
            <div class="post-body">
            <script>render(document.currentScript.parentNode);</script>
            <noscript>
            <p>Over the past years we have seen threats on the web becoming more sophisticated, and attacks now change within hours.</p>
            <p>The new protection checks addresses against lists that are updated in real time, and warns before a dangerous download starts.</p>
            </noscript>
            </div>
            <div class="sidebar"><a href="/archive">Archive</a> <a href="/labels">Labels</a></div>
            </body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.Contains(body, paragraph => paragraph.StartsWith("Over the past years", StringComparison.Ordinal));
        Assert.Contains(body, paragraph => paragraph.StartsWith("The new protection", StringComparison.Ordinal));
        Assert.DoesNotContain(body, paragraph => paragraph.Contains("enable JavaScript", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_set_wholly_inside_noscript_is_read_with_its_links()
    {
        // The site renders itself from a script and puts its whole page, menus included, in <noscript>: the block
        // has too many links to pass as a post, but it holds all the page's text.
        const string page = """
            <html><head><title>Bear numbers at a record</title></head><body>
            <div id="app"></div><script>boot();</script>
            <noscript><div id="page">
            <ul><li><a href="/">Home</a></li><li><a href="/park">The park</a></li><li><a href="/news">News</a></li>
            <li><a href="/visit">Plan your visit</a></li><li><a href="/animals">Animals and plants of the park</a></li>
            <li><a href="/research">Research and monitoring</a></li><li><a href="/contact">Contact the park office</a></li></ul>
            <div id="text"><p>The park counted more bears last year than in any year since monitoring began, the rangers report.</p>
            <p>The result is very positive, they say, though the population is still small and depends on quiet valleys.</p></div>
            </div></noscript>
            </body></html>
            """;

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.Contains(body, paragraph => paragraph.StartsWith("The park counted more bears", StringComparison.Ordinal));
        Assert.Contains(body, paragraph => paragraph.StartsWith("The result is very positive", StringComparison.Ordinal));
    }
}
