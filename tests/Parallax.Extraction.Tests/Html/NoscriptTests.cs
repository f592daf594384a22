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
}
