using Parallax.Extraction.Html;

namespace Parallax.Extraction.Tests.Html;

public sealed class ArticleHeaderTests
{
    private const string Page = """
        <html><head><title>Flooded tunnel to reopen</title></head><body>
        <header class="site"><a href="/">Home</a> <a href="/news">News</a></header>
        <article>
        <header>
        <h1>Flooded tunnel to reopen</h1>
        <div>12.03.2025, 08:30</div>
        <p>The city's busiest rail tunnel should reopen next week, the operator says, if the inspections go well.</p>
        </header>
        <div class="text">
        <p>Engineers began pumping water out of the flooded tunnel on Thursday, three days after a burst main filled it to the roof.</p>
        <p>The operator said trains would run again next week if inspections of the signalling, the tracks and the cables found no damage.</p>
        <p>Passengers were told to use replacement buses, which will leave every ten minutes from the stations at both ends of the line.</p>
        </div>
        </article>
        </body></html>
        """;

    [Fact]
    public void The_standfirst_in_an_articles_own_header_is_kept()
    {
        var body = HtmlExtractor.Extract(Page).Content.Body;

        Assert.StartsWith("The city's busiest rail tunnel", body[0], StringComparison.Ordinal);
        Assert.Equal(4, body.Length);
    }

    [Fact]
    public void The_sites_header_and_a_date_line_at_the_edge_stay_out()
    {
        var body = HtmlExtractor.Extract(Page).Content.Body;

        Assert.DoesNotContain(body, paragraph => paragraph.Contains("Home", StringComparison.Ordinal));
        Assert.DoesNotContain(body, paragraph => paragraph.Contains("2025", StringComparison.Ordinal));
    }

    [Fact]
    public void The_standfirst_in_a_header_inside_main_is_kept()
    {
        var page = Page.Replace("<article>", "<main>", StringComparison.Ordinal).Replace("</article>", "</main>", StringComparison.Ordinal);

        var body = HtmlExtractor.Extract(page).Content.Body;

        Assert.StartsWith("The city's busiest rail tunnel", body[0], StringComparison.Ordinal);
        Assert.DoesNotContain(body, paragraph => paragraph.Contains("Home", StringComparison.Ordinal));
    }
}
