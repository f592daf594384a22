using System.Xml.Linq;

namespace Parallax.Extraction.Feeds;

/// <summary>The XML namespaces of the feed formats and lookups that tolerate their common variants.</summary>
internal static class FeedNames
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Atom03 = "http://purl.org/atom/ns#";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    public static readonly XNamespace Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    public static readonly XName XmlBase = XNamespace.Xml + "base";

    /// <summary>True for an Atom element (1.0, or the pre-standard 0.3 namespace).</summary>
    public static bool IsAtom(XName name) => name.Namespace == Atom || name.Namespace == Atom03;

    /// <summary>True for an RSS element: no namespace (RSS 0.9x/2.0) or the RSS 1.0 / 0.90 namespace.</summary>
    public static bool IsRss(XName name) =>
        name.Namespace == XNamespace.None || name.Namespace == Rss10 || name.Namespace == Rss090;

    /// <summary>The first RSS child element called <paramref name="localName"/>.</summary>
    public static XElement? RssChild(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName && IsRss(e.Name));

    /// <summary>The first Atom child element called <paramref name="localName"/>.</summary>
    public static XElement? AtomChild(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName && IsAtom(e.Name));

    /// <summary>The base URI in effect at <paramref name="element"/>: its and its ancestors' <c>xml:base</c> applied, outermost first, to <paramref name="fallback"/>.</summary>
    public static Uri? BaseOf(XElement element, Uri? fallback)
    {
        var current = fallback;
        foreach (var ancestor in element.AncestorsAndSelf().Reverse())
        {
            if (ancestor.Attribute(XmlBase) is { } xmlBase)
            {
                current = FeedText.ApplyBase(current, xmlBase.Value);
            }
        }

        return current;
    }
}
