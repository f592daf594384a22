namespace Parallax.Extraction.Tests.Feeds;

public sealed class AtomFeedTests
{
    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/">
          <title type="html">Notes &amp;amp; &lt;b&gt;News&lt;/b&gt;</title>
          <link rel="self" href="/feed.atom"/>
          <link rel="alternate" type="text/html" href="/"/>
          <author><name>Feed Author</name></author>
          <id>tag:blog.example,2025:feed</id>
          <updated>2025-09-20T12:00:00Z</updated>
          <entry>
            <id>tag:blog.example,2025:1</id>
            <title>First</title>
            <link rel="edit" href="/edit/1"/>
            <link href="posts/first.html"/>
            <published>2025-09-10T09:00:00+01:00</published>
            <updated>2025-09-18T09:00:00+01:00</updated>
            <author><name>Entry Author</name></author>
            <summary type="html">&lt;p&gt;Short &lt;i&gt;summary&lt;/i&gt;&lt;/p&gt;</summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Full <b>text</b></p></div></content>
          </entry>
          <entry xml:base="archive/2024/">
            <id>tag:blog.example,2025:2</id>
            <title type="text">Second &lt;not a tag&gt;</title>
            <link rel="alternate" href="second.html"/>
            <updated>2025-09-19T10:00:00Z</updated>
            <summary>Plain &amp; simple</summary>
            <content type="text">a &lt; b</content>
          </entry>
        </feed>
        """;

    [Fact]
    public void Feed_title_and_link_honour_type_and_xml_base()
    {
        var feed = FeedXml.ParseFeed(Atom);

        Assert.Equal("Notes & News", feed.Title);
        Assert.Equal("https://blog.example/", feed.Link);
        Assert.Equal(2, feed.Items.Length);
    }

    [Fact]
    public void Entry_reads_alternate_link_published_author_summary_and_xhtml_content()
    {
        var entry = FeedXml.ParseFeed(Atom).Items[0];

        Assert.Equal("tag:blog.example,2025:1", entry.Id);
        Assert.Equal("First", entry.Title);
        Assert.Equal("https://blog.example/posts/first.html", entry.Link);
        Assert.Equal(new DateTimeOffset(2025, 9, 10, 9, 0, 0, TimeSpan.FromHours(1)), entry.Published);
        Assert.Equal("Entry Author", entry.Author);
        Assert.Equal("Short summary", entry.Summary);
        Assert.Equal("<p>Full <b>text</b></p>", entry.ContentHtml);
    }

    [Fact]
    public void Nested_xml_base_resolves_relative_links_and_updated_stands_in_for_published()
    {
        var entry = FeedXml.ParseFeed(Atom).Items[1];

        Assert.Equal("https://blog.example/archive/2024/second.html", entry.Link);
        Assert.Equal(new DateTimeOffset(2025, 9, 19, 10, 0, 0, TimeSpan.Zero), entry.Published);
        Assert.Equal("Feed Author", entry.Author);
        Assert.Equal("Second <not a tag>", entry.Title);
        Assert.Equal("Plain & simple", entry.Summary);
        Assert.Equal("a &lt; b", entry.ContentHtml);
    }

    [Fact]
    public void Without_xml_base_relative_entry_links_resolve_against_the_feed_link()
    {
        const string Feed = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>t</title><link href="https://site.example/section/"/>
              <entry><title>e</title><link href="story.html"/></entry>
              <entry><title>no base</title><link href="/abs/path"/></entry>
            </feed>
            """;

        var items = FeedXml.ParseFeed(Feed).Items;

        Assert.Equal("https://site.example/section/story.html", items[0].Link);
        Assert.Equal("https://site.example/abs/path", items[1].Link);
        Assert.Equal("https://site.example/section/story.html", items[0].Id);
    }

    [Fact]
    public void Relative_links_with_no_base_at_all_are_dropped()
    {
        var entry = Assert.Single(FeedXml.ParseFeed(
            """<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>e</title><link href="story.html"/></entry></feed>""").Items);

        Assert.Null(entry.Link);
    }
}
