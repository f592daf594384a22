using System.Text;
using Parallax.Extraction.Feeds;

namespace Parallax.Extraction.Tests.Feeds;

public sealed class RssFeedTests
{
    private const string Rss2 = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>The Daily &amp; Nightly</title>
            <link>https://daily.example/news/</link>
            <item>
              <title>Parliament delays vote</title>
              <link>/news/2025/09/vote.html</link>
              <guid isPermaLink="false">daily-12345</guid>
              <pubDate>Fri, 12 Sep 2025 10:30:00 +0200</pubDate>
              <author>desk@daily.example (Jane Doe)</author>
              <description>&lt;p&gt;The vote was &lt;b&gt;delayed&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Again &amp;amp; again.&lt;/p&gt;</description>
              <content:encoded><![CDATA[<p>The regional parliament <em>delayed</em> the vote.</p>]]></content:encoded>
            </item>
            <item>
              <title>Second story</title>
              <guid>https://daily.example/news/second</guid>
              <dc:creator>John Roe</dc:creator>
              <dc:date>2025-09-13T08:00:00Z</dc:date>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void Rss2_channel_and_items_are_read()
    {
        var feed = FeedXml.ParseFeed(Rss2);

        Assert.Equal("The Daily & Nightly", feed.Title);
        Assert.Equal("https://daily.example/news/", feed.Link);
        Assert.Equal(2, feed.Items.Length);

        var first = feed.Items[0];
        Assert.Equal("daily-12345", first.Id);
        Assert.Equal("Parliament delays vote", first.Title);
        Assert.Equal("https://daily.example/news/2025/09/vote.html", first.Link);
        Assert.Equal(new DateTimeOffset(2025, 9, 12, 10, 30, 0, TimeSpan.FromHours(2)), first.Published);
        Assert.Equal("Jane Doe", first.Author);
        Assert.Equal("The vote was delayed. Again & again.", first.Summary);
        Assert.Equal("<p>The regional parliament <em>delayed</em> the vote.</p>", first.ContentHtml);
    }

    [Fact]
    public void Permalink_guid_stands_in_for_a_missing_link_and_dublin_core_fills_author_and_date()
    {
        var second = FeedXml.ParseFeed(Rss2).Items[1];

        Assert.Equal("https://daily.example/news/second", second.Id);
        Assert.Equal("https://daily.example/news/second", second.Link);
        Assert.Equal("John Roe", second.Author);
        Assert.Equal(new DateTimeOffset(2025, 9, 13, 8, 0, 0, TimeSpan.Zero), second.Published);
        Assert.Null(second.Summary);
        Assert.Null(second.ContentHtml);
    }

    [Fact]
    public void A_guid_that_is_not_a_permalink_is_not_used_as_the_link()
    {
        var item = Assert.Single(FeedXml.ParseFeed(FeedXml.RssWithItem(
            """<title>x</title><guid isPermaLink="false">https://daily.example/internal/1</guid>""")).Items);

        Assert.Equal("https://daily.example/internal/1", item.Id);
        Assert.Null(item.Link);
    }

    [Fact]
    public void Rss1_rdf_feed_is_read()
    {
        const string Rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel rdf:about="https://wire.example/rss">
                <title>Wire</title>
                <link>https://wire.example/</link>
                <items><rdf:Seq><rdf:li rdf:resource="https://wire.example/a"/></rdf:Seq></items>
              </channel>
              <item rdf:about="https://wire.example/a">
                <title>Ceasefire talks resume</title>
                <link>https://wire.example/a</link>
                <description>Talks resumed on Monday.</description>
                <dc:date>2025-09-15T06:00:00+03:00</dc:date>
                <dc:creator>Ann Smith</dc:creator>
                <content:encoded>&lt;p&gt;Talks resumed.&lt;/p&gt;</content:encoded>
              </item>
              <item rdf:about="https://wire.example/b">
                <title>Only an about</title>
              </item>
            </rdf:RDF>
            """;

        var feed = FeedXml.ParseFeed(Rdf);

        Assert.Equal("Wire", feed.Title);
        Assert.Equal("https://wire.example/", feed.Link);
        Assert.Equal(2, feed.Items.Length);
        var item = feed.Items[0];
        Assert.Equal("https://wire.example/a", item.Id);
        Assert.Equal("Ceasefire talks resume", item.Title);
        Assert.Equal("https://wire.example/a", item.Link);
        Assert.Equal(new DateTimeOffset(2025, 9, 15, 6, 0, 0, TimeSpan.FromHours(3)), item.Published);
        Assert.Equal("Ann Smith", item.Author);
        Assert.Equal("Talks resumed on Monday.", item.Summary);
        Assert.Equal("<p>Talks resumed.</p>", item.ContentHtml);
        Assert.Equal("https://wire.example/b", feed.Items[1].Link);
    }

    [Fact]
    public void Items_without_id_get_a_stable_id_from_link_then_title()
    {
        const string Items = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://news.example/</link>
            <item><title>With link</title><link>https://news.example/a</link></item>
            <item><title>Only a title</title></item>
            <item><title>Another title</title></item>
            <item><description>Only a description</description></item>
            </channel></rss>
            """;

        var first = FeedXml.ParseFeed(Items).Items;
        var again = FeedXml.ParseFeed(Items).Items;

        Assert.Equal("https://news.example/a", first[0].Id);
        Assert.StartsWith("urn:parallax:feed-item:", first[1].Id, StringComparison.Ordinal);
        Assert.StartsWith("urn:parallax:feed-item:", first[3].Id, StringComparison.Ordinal);
        Assert.NotEqual(first[1].Id, first[2].Id);
        Assert.Equal(first.Select(i => i.Id), again.Select(i => i.Id));
    }

    [Fact]
    public void Links_that_are_not_http_are_dropped()
    {
        var item = Assert.Single(FeedXml.ParseFeed(FeedXml.RssWithItem(
            "<title>x</title><link>javascript:alert(1)</link>")).Items);

        Assert.Null(item.Link);
    }

    [Fact]
    public void Declared_encoding_is_honoured()
    {
        var latin1 = Encoding.Latin1.GetBytes(
            """<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Café Zürich</title></channel></rss>""");

        var result = FeedParser.Parse(new MemoryStream(latin1), "latin1.xml");

        Assert.Equal("Café Zürich", result.Feed?.Title);
    }

    [Fact]
    public void Rss_without_channel_is_a_problem()
    {
        Assert.Contains("no <channel>", FeedXml.Problem("<rss version=\"2.0\"></rss>"), StringComparison.Ordinal);
    }
}
