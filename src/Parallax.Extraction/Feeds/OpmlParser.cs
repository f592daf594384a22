using System.Collections.Immutable;
using System.Xml.Linq;

namespace Parallax.Extraction.Feeds;

/// <summary>
/// Reads the subscriptions of an OPML file: every <c>outline</c> with an <c>xmlUrl</c>, at any depth, with the
/// enclosing outlines as its category. The same XML safety rules as <see cref="FeedParser"/> apply. Outlines whose
/// <c>xmlUrl</c> is not an absolute http(s) URL are skipped; a URL listed twice is kept once (the first).
/// Stateless and thread-safe.
/// </summary>
public static class OpmlParser
{
    /// <summary>Parses <paramref name="xml"/>; never throws for bad input. The stream is left open.</summary>
    public static OpmlParseResult Parse(Stream xml, string sourceName)
    {
        var (root, problem) = SafeXml.Load(xml, sourceName);
        if (root is null)
        {
            return OpmlParseResult.Failure(problem!);
        }

        if (root.Name.LocalName != "opml")
        {
            return OpmlParseResult.Failure($"{sourceName}: not an OPML file: the root element is <{root.Name.LocalName}>, not <opml>");
        }

        var body = root.Elements().FirstOrDefault(e => e.Name.LocalName == "body");
        if (body is null)
        {
            return OpmlParseResult.Failure($"{sourceName}: not an OPML file: <opml> has no <body>");
        }

        var feeds = ImmutableArray.CreateBuilder<OpmlFeed>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // Depth-first in document order with an explicit stack, carrying each outline's category path down.
        var stack = new Stack<(XElement Outline, string? Category)>();
        PushOutlines(stack, body, null);
        while (stack.Count > 0)
        {
            var (outline, category) = stack.Pop();
            var title = FeedText.Plain(Attribute(outline, "title")) ?? FeedText.Plain(Attribute(outline, "text"));
            var url = FeedText.ResolveLink(Attribute(outline, "xmlUrl"), null);
            if (url is not null && seen.Add(url))
            {
                feeds.Add(new OpmlFeed(url, title, category));
            }

            var childCategory = title is null ? category : category is null ? title : category + " / " + title;
            PushOutlines(stack, outline, childCategory);
        }

        return OpmlParseResult.Success(feeds.ToImmutable());
    }

    private static void PushOutlines(Stack<(XElement, string?)> stack, XElement parent, string? category)
    {
        foreach (var child in parent.Elements().Where(e => e.Name.LocalName == "outline").Reverse())
        {
            stack.Push((child, category));
        }
    }

    // OPML writers disagree on case ("xmlUrl", "xmlurl", "XMLURL").
    private static string? Attribute(XElement element, string name) =>
        element.Attributes().FirstOrDefault(a => string.Equals(a.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))?.Value;
}
