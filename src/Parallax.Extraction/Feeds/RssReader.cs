using System.Net;
using System.Xml.Linq;

namespace Parallax.Extraction.Feeds;

/// <summary>RSS 2.0 (and 0.9x) channels and RSS 1.0 (RDF) documents, whose items share one vocabulary.</summary>
internal static class RssReader
{
    /// <summary>An RSS 2.0 <c>channel</c> with its <c>item</c> children.</summary>
    public static Feed ReadChannel(XElement channel) => Read(channel, channel.Elements().Where(e => IsItem(e)));

    /// <summary>An RSS 1.0 <c>rdf:RDF</c> root: the channel and the items are siblings.</summary>
    public static Feed? ReadRdf(XElement root) =>
        FeedNames.RssChild(root, "channel") is { } channel ? Read(channel, root.Elements().Where(e => IsItem(e))) : null;

    private static bool IsItem(XElement element) => element.Name.LocalName == "item" && FeedNames.IsRss(element.Name);

    private static Feed Read(XElement channel, IEnumerable<XElement> items)
    {
        var title = Title(channel);
        var link = FeedText.ResolveLink(FeedNames.RssChild(channel, "link")?.Value, FeedNames.BaseOf(channel, null));
        var feedUri = link is null ? null : new Uri(link);
        return new Feed(title, link, [.. items.Select(item => ReadItem(item, feedUri))]);
    }

    private static FeedItem ReadItem(XElement item, Uri? feedUri)
    {
        var baseUri = FeedNames.BaseOf(item, feedUri);
        var guid = FeedNames.RssChild(item, "guid");
        var about = item.Attribute(FeedNames.Rdf + "about")?.Value;
        var link = FeedText.ResolveLink(FeedNames.RssChild(item, "link")?.Value, baseUri)
            ?? (guid is not null && guid.Attribute("isPermaLink")?.Value.Trim() != "false" ? FeedText.ResolveLink(guid.Value, baseUri) : null)
            ?? FeedText.ResolveLink(about, baseUri);

        var title = Title(item);
        var summary = FeedText.FromHtml(FeedNames.RssChild(item, "description")?.Value);
        var encoded = item.Element(FeedNames.Content + "encoded")?.Value;
        var content = string.IsNullOrWhiteSpace(encoded) ? null : encoded.Trim();
        var id = FeedText.Plain(guid?.Value) ?? FeedText.Plain(about) ?? FeedText.StableId(link, title, summary, content);
        var published = FeedDates.Parse(FeedNames.RssChild(item, "pubDate")?.Value)
            ?? FeedDates.Parse(item.Element(FeedNames.DublinCore + "date")?.Value);
        var author = AuthorName(FeedNames.RssChild(item, "author")?.Value) ?? FeedText.Plain(item.Element(FeedNames.DublinCore + "creator")?.Value);
        return new FeedItem(id, title, link, published, author, summary, content);
    }

    // Titles are text, but feeds often escape an HTML entity twice ("Q&amp;amp;A"); decoding once more is safe
    // for real text, whose ampersands are rarely followed by an entity name.
    private static string? Title(XElement element) =>
        FeedNames.RssChild(element, "title")?.Value is { } value ? FeedText.Plain(WebUtility.HtmlDecode(value)) : null;

    // RSS 2.0 says "mail@example.com (Jane Doe)"; the name is what a reader wants.
    private static string? AuthorName(string? value)
    {
        var text = FeedText.Plain(value);
        if (text is null)
        {
            return null;
        }

        var open = text.IndexOf('(', StringComparison.Ordinal);
        return open > 0 && text.EndsWith(')') && text[..open].Contains('@', StringComparison.Ordinal)
            ? FeedText.Plain(text[(open + 1)..^1]) ?? text
            : text;
    }
}
