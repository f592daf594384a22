using System.Xml.Linq;

namespace Parallax.Extraction.Feeds;

/// <summary>Atom 1.0 (and 0.3) feeds: text constructs by their <c>type</c>, links by <c>rel</c>, <c>xml:base</c> honoured.</summary>
internal static class AtomReader
{
    public static Feed Read(XElement feed)
    {
        var link = AlternateLink(feed, null);
        var feedUri = link is null ? null : new Uri(link);
        var feedAuthor = AuthorName(feed);
        var entries = feed.Elements().Where(e => e.Name.LocalName == "entry" && FeedNames.IsAtom(e.Name));
        return new Feed(Text(FeedNames.AtomChild(feed, "title")), link, [.. entries.Select(e => ReadEntry(e, feedUri, feedAuthor))]);
    }

    private static FeedItem ReadEntry(XElement entry, Uri? feedUri, string? feedAuthor)
    {
        var link = AlternateLink(entry, feedUri);
        var title = Text(FeedNames.AtomChild(entry, "title"));
        var summary = Text(FeedNames.AtomChild(entry, "summary"));
        var content = Html(FeedNames.AtomChild(entry, "content"));
        var id = FeedText.Plain(FeedNames.AtomChild(entry, "id")?.Value) ?? FeedText.StableId(link, title, summary, content);

        // "published" is when the entry first appeared; "updated" changes with every correction, so it only
        // stands in when there is no "published" (0.3 called them "issued" and "modified").
        var published = FeedDates.Parse(FeedNames.AtomChild(entry, "published")?.Value)
            ?? FeedDates.Parse(FeedNames.AtomChild(entry, "issued")?.Value)
            ?? FeedDates.Parse(FeedNames.AtomChild(entry, "updated")?.Value)
            ?? FeedDates.Parse(FeedNames.AtomChild(entry, "modified")?.Value);
        return new FeedItem(id, title, link, published, AuthorName(entry) ?? feedAuthor, summary, content);
    }

    // The rel="alternate" link (rel omitted means alternate), preferring an HTML one.
    private static string? AlternateLink(XElement parent, Uri? fallback)
    {
        var alternates = parent.Elements()
            .Where(e => e.Name.LocalName == "link" && FeedNames.IsAtom(e.Name))
            .Where(e => (e.Attribute("rel")?.Value.Trim() ?? "alternate") is "alternate" or "")
            .ToList();
        var best = alternates.FirstOrDefault(e => e.Attribute("type")?.Value.Contains("html", StringComparison.OrdinalIgnoreCase) == true)
            ?? alternates.FirstOrDefault();
        return best is null ? null : FeedText.ResolveLink(best.Attribute("href")?.Value, FeedNames.BaseOf(best, fallback));
    }

    private static string? AuthorName(XElement parent) =>
        FeedNames.AtomChild(parent, "author") is { } author ? FeedText.Plain(FeedNames.AtomChild(author, "name")?.Value ?? author.Value) : null;

    /// <summary>An Atom text construct as plain text.</summary>
    private static string? Text(XElement? construct) => construct is null ? null : TypeOf(construct) switch
    {
        "html" => FeedText.FromHtml(construct.Value),
        "xhtml" => FeedText.FromHtml(XhtmlInner(construct)),
        _ => FeedText.Plain(construct.Value),
    };

    /// <summary>An Atom content element as HTML; null for content held elsewhere (<c>src</c>) or of a non-text media type.</summary>
    private static string? Html(XElement? content)
    {
        if (content is null || content.Attribute("src") is not null)
        {
            return null;
        }

        var type = TypeOf(content);
        var html = type switch
        {
            "html" or "text/html" => content.Value.Trim(),
            "xhtml" or "application/xhtml+xml" => XhtmlInner(content).Trim(),
            "text" => FeedText.AsHtml(content.Value),
            _ when type.StartsWith("text/", StringComparison.Ordinal) => FeedText.AsHtml(content.Value),
            _ => null,
        };
        return string.IsNullOrEmpty(html) ? null : html;
    }

    private static string TypeOf(XElement construct) => construct.Attribute("type")?.Value.Trim().ToLowerInvariant() switch
    {
        null or "" => "text",
        var type => type,
    };

    // Atom wraps XHTML in one <div>; its children, without namespace declarations, are the HTML.
    private static string XhtmlInner(XElement construct)
    {
        var div = construct.Elements().FirstOrDefault(e => e.Name.LocalName == "div") ?? construct;
        var copy = new XElement(div);
        foreach (var element in copy.DescendantsAndSelf())
        {
            element.Name = element.Name.LocalName;
            element.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        }

        return string.Concat(copy.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
    }
}
