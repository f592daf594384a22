using System.Text;
using Parallax.Extraction.Feeds;

namespace Parallax.Extraction.Tests.Feeds;

/// <summary>Runs the parsers on XML written in the tests.</summary>
internal static class FeedXml
{
    public static FeedParseResult Parse(string xml, string source = "test-feed.xml") =>
        FeedParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(xml)), source);

    public static Feed ParseFeed(string xml)
    {
        var result = Parse(xml);
        Assert.Null(result.Problem);
        return Assert.IsType<Feed>(result.Feed);
    }

    public static string Problem(string xml, string source = "test-feed.xml")
    {
        var result = Parse(xml, source);
        Assert.Null(result.Feed);
        Assert.NotNull(result.Problem);
        Assert.StartsWith(source + ":", result.Problem, StringComparison.Ordinal);
        return result.Problem;
    }

    public static OpmlParseResult ParseOpml(string xml, string source = "subscriptions.opml") =>
        OpmlParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(xml)), source);

    /// <summary>An RSS 2.0 feed with one item holding <paramref name="itemXml"/>.</summary>
    public static string RssWithItem(string itemXml) =>
        $"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://news.example/</link><item>{itemXml}</item></channel></rss>""";
}
