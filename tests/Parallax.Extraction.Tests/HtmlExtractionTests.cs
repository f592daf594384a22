using System.IO.Compression;
using System.Text;
using Parallax.Core.Articles;
using Parallax.Extraction.Html;

namespace Parallax.Extraction.Tests;

public sealed class HtmlExtractionTests
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html><head>
        <title>Harbor Bridge Reopens After Repairs | Coastal Ledger</title>
        <meta property="og:title" content="Harbor bridge reopens after two years of repairs">
        <meta property="og:site_name" content="Coastal Ledger">
        <meta property="article:published_time" content="2025-03-04T09:30:00+01:00">
        <link rel="canonical" href="https://www.coastalledger.example/news/bridge-reopens">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Harbor Bridge Reopens After Two Years of Repairs","author":[{"@type":"Person","name":"Maria Lopez"}],"datePublished":"2025-03-04T08:00:00Z","publisher":{"@type":"Organization","name":"The Coastal Ledger"}}]}</script>
        <style>.x{color:red}</style>
        </head><body>
        <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
        <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
        <main>
        <article class="story">
        <h1>Harbor Bridge Reopens After Two Years of Repairs</h1>
        <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
        <figure><img src="a.jpg"><figcaption>The bridge at dawn on Monday. Photo: John Smith</figcaption></figure>
        <div class="article-body">
        <p>The Harbor Bridge reopened to traffic on Tuesday morning, ending two years of repairs that had forced commuters onto a lengthy detour around the bay.</p>
        <p>City engineers said the structure, built in 1962, now meets current earthquake standards after crews replaced its <a href="/cables">main cables</a> and reinforced both towers.</p>
        <div class="ad-slot"><span>Advertisement</span></div>
        <p>“This is a great day for everyone who crosses the water to get to work,” said Mayor Elena Park, who cut a ribbon at the eastern end of the span.</p>
        <h2>Cost overruns</h2>
        <p>The project cost $212 million, about 30 percent more than first estimated, the transport department's own figures showed last month.</p>
        <p>Some residents criticised the delays, saying local shops had lost customers while the bridge was closed.</p>
        </div>
        <div class="newsletter-signup"><p>Get the morning briefing delivered to your inbox every weekday. Sign up now.</p></div>
        </article>
        <aside class="related-stories"><h3>Related</h3><ul><li><a href="/a">Ferry service to end in May</a></li><li><a href="/b">Tolls to rise next year</a></li></ul></aside>
        <section id="comments"><h3>Comments (12)</h3><p>Great news, finally! I have been waiting for this bridge for ages now.</p></section>
        </main>
        <footer><p>© 2025 Coastal Ledger Media. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
        </body></html>
        """;

    // No JSON-LD, no article element, no class hints: only OpenGraph and the shape of the text to go by.
    private const string PlainPage = """
        <html><head>
        <meta property="og:title" content="Drought Forces Water Limits in Three Provinces">
        <meta name="author" content="Priya Natarajan">
        <meta property="og:url" content="https://www.dailyplains.example/drought">
        </head><body>
        <div><a href="/">Front page</a> | <a href="/world">World</a> | <a href="/business">Business</a> | <a href="/about">About us</a></div>
        <div>
          <div>
            <p>Authorities in three provinces imposed limits on household water use on Wednesday as the worst drought in four decades emptied reservoirs.</p>
            <p>Residents may water gardens only twice a week, and car washes must recycle their water, officials said in a joint statement.</p>
            <p>Farmers' groups warned that the restrictions came too late to save this year's wheat harvest, which is expected to be a third smaller.</p>
          </div>
          <div><p>Share this article</p><p><a href="/x">Most read: Floods hit coastal towns</a></p></div>
        </div>
        <div><p>Leave a comment</p><p>You must be logged in to post a comment.</p></div>
        </body></html>
        """;

    [Fact]
    public void Json_ld_outranks_opengraph_and_the_body_is_the_article_text()
    {
        var extraction = HtmlExtractor.Extract(NewsPage);
        Assert.Equal("Harbor Bridge Reopens After Two Years of Repairs", extraction.Metadata.Title);
        Assert.Equal("The Coastal Ledger", extraction.Metadata.Source);
        Assert.Equal("Maria Lopez", extraction.Metadata.Author);
        Assert.Equal("2025-03-04T08:00:00Z", extraction.Metadata.Published);
        Assert.Equal("https://www.coastalledger.example/news/bridge-reopens", extraction.Metadata.Url);

        var body = extraction.Content.Body;
        Assert.Equal(6, body.Length); // five paragraphs and the subheading between them
        Assert.StartsWith("The Harbor Bridge reopened", body[0], StringComparison.Ordinal);
        Assert.Contains("main cables and reinforced", body[1], StringComparison.Ordinal);
        Assert.StartsWith("Some residents", body[^1], StringComparison.Ordinal);
        Assert.Equal("The bridge at dawn on Monday. Photo: John Smith", Assert.Single(extraction.Content.Captions));

        var removed = extraction.Content.Removed;
        Assert.Contains(removed, r => r.Reason == RemovalReason.Navigation && r.Text.Contains("Sport", StringComparison.Ordinal));
        Assert.Contains(removed, r => r.Reason == RemovalReason.Legal && r.Text.Contains("cookies", StringComparison.Ordinal));
        Assert.Contains(removed, r => r.Reason == RemovalReason.Share);
        Assert.Contains(removed, r => r.Reason == RemovalReason.Advertisement);
        Assert.Contains(removed, r => r.Reason == RemovalReason.Newsletter);
        Assert.Contains(removed, r => r.Reason == RemovalReason.Comments && r.Text.Contains("Great news", StringComparison.Ordinal));
        Assert.Contains(removed, r => r.Reason == RemovalReason.Related && r.Text.Contains("Tolls", StringComparison.Ordinal));
        Assert.DoesNotContain(extraction.Metadata.Title, body);
        Assert.Contains("Cost overruns", body);
    }

    [Fact]
    public void Opengraph_only_page_is_extracted_by_text_density()
    {
        var extraction = HtmlExtractor.Extract(PlainPage);
        Assert.Equal("Drought Forces Water Limits in Three Provinces", extraction.Metadata.Title);
        Assert.Equal("Priya Natarajan", extraction.Metadata.Author);
        Assert.Null(extraction.Metadata.Source);
        var body = extraction.Content.Body;
        Assert.Equal(3, body.Length);
        Assert.StartsWith("Authorities in three provinces", body[0], StringComparison.Ordinal);
        Assert.StartsWith("Farmers' groups", body[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Html_file_article_takes_the_outlet_from_the_page()
    {
        using var folder = new TempFolder();
        var news = folder.Write("news.html", NewsPage);
        var plain = folder.Write("plain.htm", PlainPage);
        var results = new ArticleReader(new ExtractionOptions()).Read([news, plain]).ToList();

        var first = results[0].Article!;
        Assert.Equal("The Coastal Ledger", first.Source);
        Assert.Equal(SourceEvidence.Declared, first.SourceEvidence);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 8, 0, 0, TimeSpan.Zero), first.Published);

        var second = results[1].Article!;
        Assert.Equal("dailyplains.example", second.Source);
        Assert.Equal(SourceEvidence.Url, second.SourceEvidence);
        Assert.Equal("Drought Forces Water Limits in Three Provinces", second.Title);
    }

    [Fact]
    public void Gzipped_html_is_detected_by_magic_bytes()
    {
        using var folder = new TempFolder();
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(NewsPage));
        }

        var path = folder.WriteBytes("page.html.gz", buffer.ToArray());
        var article = Assert.Single(new ArticleReader(new ExtractionOptions()).ReadFile(path)).Article!;
        Assert.Equal("Harbor Bridge Reopens After Two Years of Repairs", article.Title);
        Assert.Equal(6, article.Body.Length);
    }

    [Fact]
    public void Article_split_around_an_ad_slot_is_read_whole_and_in_order()
    {
        const string Page = """
            <html><body>
            <div class="column"><div class="story-text">
              <p>Rescue teams reached the flooded village on Sunday after roads reopened, the regional governor said in a statement.</p>
              <p>About 300 residents had spent two nights on rooftops and in the upper floors of the school, officials said.</p>
            </div></div>
            <div class="column"><div class="ad-unit"><p>Advertisement</p></div></div>
            <div class="column"><div class="story-text">
              <p>Engineers will inspect the dam upstream on Monday, and the weather service expects more rain later in the week.</p>
            </div></div>
            <div class="column"><ul class="links"><li><a href="/1">Weather live</a></li><li><a href="/2">Maps</a></li></ul></div>
            </body></html>
            """;
        var body = HtmlExtractor.Extract(Page).Content.Body;
        Assert.Equal(3, body.Length);
        Assert.StartsWith("Rescue teams", body[0], StringComparison.Ordinal);
        Assert.StartsWith("Engineers", body[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_line_break_separated_divs_survives_a_wrapper_with_a_furniture_class()
    {
        const string Page = """
            <html><body>
            <div class="sidebar-wrapper widget">
              <h3 class="post-title">Library Extends Opening Hours</h3>
              <div class="post-body">The city library will open until 10 p.m. on weekdays from next month, the council announced on Friday.<br><br>
              The change follows a survey in which most students asked for longer evening hours during the exam season.<br><br>
              Staffing costs will be covered by savings from the new heating system, officials said.</div>
            </div>
            <div class="menu"><a href="/">Home</a> <a href="/events">Events</a> <a href="/contact">Contact</a></div>
            </body></html>
            """;
        var extraction = HtmlExtractor.Extract(Page);
        Assert.Equal(3, extraction.Content.Body.Length);
        Assert.EndsWith("officials said.", extraction.Content.Body[2], StringComparison.Ordinal);
        Assert.Equal("Library Extends Opening Hours", extraction.Content.Title);
    }

    [Fact]
    public void Page_without_article_text_is_a_problem()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.html", "<html><body><nav><a href='/'>Home</a></nav><p>Subscribe</p></body></html>");
        var result = Assert.Single(new ArticleReader(new ExtractionOptions()).ReadFile(path));
        Assert.Null(result.Article);
        Assert.Equal(path, result.Problem!.Path);
        Assert.Contains("no article text", result.Problem.Reason, StringComparison.Ordinal);
    }
}
