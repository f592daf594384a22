using System.Text;

namespace Parallax.Sources.Tests;

public sealed class FeedWatcherTests
{
    [Fact]
    public async Task New_items_pages_are_extracted_and_stored_and_a_restart_fetches_no_page_twice()
    {
        using var fixture = new WatchFixture();
        LocalHttpServer? server = null;
        server = new LocalHttpServer(r => r.Path switch
        {
            "/robots.txt" => ServerResponse.Code(404),
            "/feed.xml" => ServerResponse.Text(
                WatchFixture.Rss(("g1", server!.Url("/a").ToString(), null), ("g2", server.Url("/b").ToString(), null)), "application/rss+xml"),
            "/a" => ServerResponse.Text(WatchFixture.Page("Harbour plan divides Northport", "Northport"), "text/html; charset=utf-8"),
            "/b" => ServerResponse.Text(WatchFixture.Page("Southbay weighs harbour plan", "Southbay"), "text/html"),
            _ => ServerResponse.Code(404),
        });
        using (server)
        {
            var feed = server.Url("/feed.xml").ToString();

            var first = await fixture.PollOnceAsync([feed]);
            var second = await fixture.PollOnceAsync([feed]);

            Assert.Equal(2, first.ArticlesAdded);
            Assert.Equal(0, second.ArticlesAdded);
            Assert.Equal(1, server.CountOf("/a"));
            Assert.Equal(1, server.CountOf("/b"));
            Assert.Equal(2, server.CountOf("/feed.xml"));
            var stored = fixture.StoredArticles();
            Assert.Equal(2, stored.Count);
            var northport = stored.Single(a => a.Url == server.Url("/a").ToString());
            Assert.Equal("Harbour plan divides Northport", northport.Title);
            Assert.Contains("council of Northport", northport.Text);
            Assert.Equal(new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero), northport.Published);
            Assert.DoesNotContain("Copyright", northport.Text);
        }
    }

    [Fact]
    public async Task The_feed_is_fetched_conditionally_after_a_restart()
    {
        using var fixture = new WatchFixture();
        LocalHttpServer? server = null;
        server = new LocalHttpServer(r => r.Path switch
        {
            "/robots.txt" => ServerResponse.Code(404),
            "/feed.xml" when r.Header("If-None-Match") == "\"f1\"" => ServerResponse.Code(304),
            "/feed.xml" => ServerResponse.Text(WatchFixture.Rss(("g1", server!.Url("/a").ToString(), null)), "application/rss+xml", ("ETag", "\"f1\"")),
            "/a" => ServerResponse.Text(WatchFixture.Page("Harbour plan divides Northport", "Northport"), "text/html"),
            _ => ServerResponse.Code(404),
        });
        using (server)
        {
            await fixture.PollOnceAsync([server.Url("/feed.xml").ToString()]);
            var second = await fixture.PollOnceAsync([server.Url("/feed.xml").ToString()]);

            Assert.Equal(1, second.NotModified);
            Assert.Null(server.Requests.First(r => r.Path == "/feed.xml").Header("If-None-Match"));
            Assert.Equal("\"f1\"", server.Requests.Last(r => r.Path == "/feed.xml").Header("If-None-Match"));
        }
    }

    [Fact]
    public async Task An_unfetchable_page_keeps_the_feeds_own_content_when_it_is_long_enough()
    {
        using var fixture = new WatchFixture();
        var longContent = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p>Paragraph {i} of the feed's own copy explains in full sentences what the harbour council decided this week.</p>"));
        using var server = new LocalHttpServer(r => r.Path == "/robots.txt" ? ServerResponse.Code(404) : ServerResponse.Code(404));
        var feed = fixture.WriteFile("feed.xml", WatchFixture.Rss(
            ("long", server.Url("/gone-long").ToString(), longContent),
            ("short", server.Url("/gone-short").ToString(), "<p>Too short.</p>")));

        var first = await fixture.PollOnceAsync([feed]);

        Assert.Equal(1, first.ArticlesAdded);
        Assert.Equal(1, first.FromFeedContent);
        Assert.Equal(1, first.ItemsFailed);
        Assert.Contains("feed's own copy", fixture.StoredArticles().Single().Text);
        Assert.Contains(fixture.Problems, p => p.Contains("/gone-short") && p.Contains("HTTP 404") && p.Contains("attempt 1 of 3"));
    }

    [Fact]
    public async Task A_failing_item_is_retried_a_bounded_number_of_times()
    {
        using var fixture = new WatchFixture();
        using var server = new LocalHttpServer(r => ServerResponse.Code(r.Path == "/robots.txt" ? 404 : 500));
        var feed = fixture.WriteFile("feed.xml", WatchFixture.Rss(("broken", server.Url("/broken").ToString(), null)));

        for (var run = 0; run < 4; run++)
        {
            await fixture.PollOnceAsync([feed], maxAttempts: 2);
        }

        Assert.Equal(2, server.CountOf("/broken"));
        Assert.Contains(fixture.Problems, p => p.Contains("given up"));
        Assert.Empty(fixture.StoredArticles());
    }

    [Fact]
    public async Task A_feed_with_a_dtd_is_refused_and_reported()
    {
        using var fixture = new WatchFixture();
        var feed = fixture.WriteFile("evil.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
            <rss version="2.0"><channel><title>&lol2;</title></channel></rss>
            """);

        var summary = await fixture.PollOnceAsync([feed]);

        Assert.Equal(1, summary.FeedProblems);
        var problem = Assert.Single(fixture.Problems);
        Assert.Contains("evil.xml", problem);
        Assert.Contains("DTD", problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_opml_file_expands_to_the_feeds_it_lists()
    {
        using var fixture = new WatchFixture();
        LocalHttpServer? server = null;
        server = new LocalHttpServer(r => r.Path switch
        {
            "/robots.txt" => ServerResponse.Code(404),
            "/one.xml" => ServerResponse.Text(WatchFixture.Rss(("1", server!.Url("/a").ToString(), null)), "application/rss+xml"),
            "/two.xml" => ServerResponse.Text(
                $"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Two</title><entry><id>urn:x:2</id><title>B</title><link href="{server!.Url("/b")}"/></entry></feed>""",
                "application/atom+xml"),
            "/a" => ServerResponse.Text(WatchFixture.Page("Harbour plan divides Northport", "Northport"), "text/html"),
            "/b" => ServerResponse.Text(WatchFixture.Page("Southbay weighs harbour plan", "Southbay"), "text/html"),
            _ => ServerResponse.Code(404),
        });
        using (server)
        {
            var opml = fixture.WriteFile("subs.opml", $"""
                <opml version="2.0"><head><title>Subscriptions</title></head><body>
                <outline text="News"><outline type="rss" text="One" xmlUrl="{server.Url("/one.xml")}"/>
                <outline type="rss" text="Two" xmlUrl="{server.Url("/two.xml")}"/></outline>
                </body></opml>
                """);

            var summary = await fixture.PollOnceAsync([opml]);

            Assert.Equal(2, summary.Feeds);
            Assert.Equal(2, summary.ArticlesAdded);
            Assert.Contains(fixture.Progress, p => p.Contains("OPML lists 2 feeds"));
        }
    }

    [Fact]
    public async Task A_missing_feed_file_is_reported_by_name()
    {
        using var fixture = new WatchFixture();
        var missing = Path.Combine(fixture.Folder, "nope.xml");

        var summary = await fixture.PollOnceAsync([missing]);

        Assert.Equal(0, summary.Feeds);
        Assert.Contains(fixture.Problems, p => p.StartsWith(missing, StringComparison.Ordinal) && p.Contains("not found"));
    }

    [Fact]
    public async Task Pages_in_a_declared_charset_are_decoded()
    {
        using var fixture = new WatchFixture();
        LocalHttpServer? server = null;
        var page = WatchFixture.Page("Zürich débat du port", "Zürich");
        server = new LocalHttpServer(r => r.Path switch
        {
            "/robots.txt" => ServerResponse.Code(404),
            "/a" => new ServerResponse(200, Encoding.Latin1.GetBytes(page), [("Content-Type", "text/html; charset=iso-8859-1")]),
            _ => ServerResponse.Code(404),
        });
        using (server)
        {
            var feed = fixture.WriteFile("feed.xml", WatchFixture.Rss(("z", server.Url("/a").ToString(), null)));

            await fixture.PollOnceAsync([feed]);

            Assert.Contains("council of Zürich", fixture.StoredArticles().Single().Text);
        }
    }
}
