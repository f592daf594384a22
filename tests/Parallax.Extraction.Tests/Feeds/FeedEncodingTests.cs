using System.Text;
using Parallax.Extraction.Feeds;

namespace Parallax.Extraction.Tests.Feeds;

public sealed class FeedEncodingTests
{
    private static FeedParseResult ParseBytes(byte[] bytes) => FeedParser.Parse(new MemoryStream(bytes), "legacy.xml");

    [Fact]
    public void Windows_1252_declared_feed_is_decoded()
    {
        // 0x80 is the euro sign and 0x93/0x94 curly quotes in Windows-1252 (C1 controls in Latin-1).
        var bytes = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><title>")
            .Concat(new byte[] { 0x93, 0x35, 0x80, 0x94 })
            .Concat(Encoding.ASCII.GetBytes("</title></channel></rss>"))
            .ToArray();

        var result = ParseBytes(bytes);

        Assert.Null(result.Problem);
        Assert.Equal("\u201C5\u20AC\u201D", result.Feed?.Title);
    }

    [Fact]
    public void Cyrillic_code_page_feed_is_decoded()
    {
        // "Мир" in windows-1251.
        var bytes = Encoding.ASCII.GetBytes("<?xml version='1.0' encoding='windows-1251'?><rss version=\"2.0\"><channel><title>")
            .Concat(new byte[] { 0xCC, 0xE8, 0xF0 })
            .Concat(Encoding.ASCII.GetBytes("</title></channel></rss>"))
            .ToArray();

        Assert.Equal("Мир", ParseBytes(bytes).Feed?.Title);
    }

    [Fact]
    public void Utf16_feed_with_bom_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble()
            .Concat(Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><title>Zoë</title></channel></rss>"))
            .ToArray();

        Assert.Equal("Zoë", ParseBytes(bytes).Feed?.Title);
    }

    [Fact]
    public void Unknown_encoding_is_a_problem()
    {
        var bytes = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"no-such-charset\"?><rss version=\"2.0\"><channel/></rss>");

        var result = ParseBytes(bytes);

        Assert.Null(result.Feed);
        Assert.StartsWith("legacy.xml: ", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_and_style_in_a_description_are_not_summary_text()
    {
        var item = Assert.Single(FeedXml.ParseFeed(FeedXml.RssWithItem(
            "<title>x</title><description>&lt;style&gt;p{color:red}&lt;/style&gt;&lt;p&gt;Visible&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;ul&gt;&lt;li&gt;one&lt;/li&gt;&lt;li&gt;two&lt;/li&gt;&lt;/ul&gt;</description>")).Items);

        Assert.Equal("Visible one two", item.Summary);
    }

    [Fact]
    public void Hostile_markup_in_a_description_still_yields_its_text()
    {
        // Thousands of unclosed formatting tags, an unterminated tag and a comment: the words survive, the markup does not.
        var nested = string.Concat(Enumerable.Repeat("&lt;b&gt;&lt;i&gt;w", 20000));
        var item = Assert.Single(FeedXml.ParseFeed(FeedXml.RssWithItem(
            $"<title>x</title><description>&lt;!-- hidden --&gt;{nested} 5 &amp;lt; 6 &lt;a href=\"x>y\"&gt;link&lt;/a&gt; &lt;img src=</description>")).Items);

        Assert.Equal(new string('w', 20000) + " 5 < 6 link", item.Summary);
    }
}
