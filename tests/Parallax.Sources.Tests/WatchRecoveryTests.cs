using Microsoft.Data.Sqlite;

namespace Parallax.Sources.Tests;

public sealed class WatchRecoveryTests
{
    [Fact]
    public async Task A_crash_after_storing_but_before_marking_seen_refetches_and_stores_one_copy()
    {
        using var fixture = new WatchFixture();
        LocalHttpServer? server = null;
        server = new LocalHttpServer(r => r.Path switch
        {
            "/robots.txt" => ServerResponse.Code(404),
            "/feed.xml" => ServerResponse.Text(WatchFixture.Rss(("g1", server!.Url("/a").ToString(), null)), "application/rss+xml"),
            "/a" => ServerResponse.Text(WatchFixture.Page("Harbour plan divides Northport", "Northport"), "text/html"),
            _ => ServerResponse.Code(404),
        });
        using (server)
        {
            var feed = server.Url("/feed.xml").ToString();
            await fixture.PollOnceAsync([feed]);

            // What a crash between AddArticles and MarkSeen leaves: the article stored, the item not marked.
            Execute(fixture.DatabasePath, "DELETE FROM watch_items; DELETE FROM watch_feeds;");
            var again = await fixture.PollOnceAsync([feed]);

            Assert.Equal(2, server.CountOf("/a"));
            Assert.Equal(0, again.ArticlesAdded);
            Assert.Single(fixture.StoredArticles());
            Assert.Contains(fixture.Progress, p => p.Contains("already stored"));
        }
    }

    [Fact]
    public async Task While_an_item_waits_for_a_retry_the_feed_is_fetched_in_full_not_conditionally()
    {
        using var fixture = new WatchFixture();
        var pageCalls = 0;
        LocalHttpServer? server = null;
        server = new LocalHttpServer(r => r.Path switch
        {
            "/robots.txt" => ServerResponse.Code(404),
            "/feed.xml" when r.Header("If-None-Match") == "\"f1\"" => ServerResponse.Code(304),
            "/feed.xml" => ServerResponse.Text(WatchFixture.Rss(("g1", server!.Url("/a").ToString(), null)), "application/rss+xml", ("ETag", "\"f1\"")),
            "/a" when Interlocked.Increment(ref pageCalls) == 1 => ServerResponse.Code(503),
            "/a" => ServerResponse.Text(WatchFixture.Page("Harbour plan divides Northport", "Northport"), "text/html"),
            _ => ServerResponse.Code(404),
        });
        using (server)
        {
            var feed = server.Url("/feed.xml").ToString();

            var first = await fixture.PollOnceAsync([feed]);
            var second = await fixture.PollOnceAsync([feed]);
            var third = await fixture.PollOnceAsync([feed]);

            Assert.Equal(1, first.ItemsFailed);
            Assert.Equal(0, second.NotModified);
            Assert.Equal(1, second.ArticlesAdded);
            Assert.Equal(1, third.NotModified);
            var feedRequests = server.Requests.Where(r => r.Path == "/feed.xml").ToList();
            Assert.Null(feedRequests[1].Header("If-None-Match"));
            Assert.Equal("\"f1\"", feedRequests[2].Header("If-None-Match"));
        }
    }

    [Fact]
    public async Task Rss_1_0_items_are_followed()
    {
        using var fixture = new WatchFixture();
        LocalHttpServer? server = null;
        server = new LocalHttpServer(r => r.Path switch
        {
            "/robots.txt" => ServerResponse.Code(404),
            "/a" => ServerResponse.Text(WatchFixture.Page("Harbour plan divides Northport", "Northport"), "text/html"),
            _ => ServerResponse.Code(404),
        });
        using (server)
        {
            var feed = fixture.WriteFile("rdf.xml", $"""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                <channel rdf:about="http://example.com/"><title>RDF</title><link>http://example.com/</link></channel>
                <item rdf:about="{server.Url("/a")}"><title>A</title><link>{server.Url("/a")}</link></item>
                </rdf:RDF>
                """);

            var summary = await fixture.PollOnceAsync([feed]);

            Assert.Equal(1, summary.ArticlesAdded);
        }
    }

    private static void Execute(string databasePath, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
