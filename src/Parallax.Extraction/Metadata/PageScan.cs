using AngleSharp.Dom;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Everything the metadata reader looks at in a page, gathered in one walk over its elements instead of one
/// selector query each: the JSON-LD scripts, the meta tags, the canonical link, the first h1, and the DOM evidence.
/// Built once per page and only read afterwards.
/// </summary>
internal sealed class PageScan
{
    private const byte NoEvidence = 0;
    private const byte OutsideArticle = 1;
    private const byte InsideArticle = 2;

    private readonly List<string> jsonLdScripts = [];
    private readonly Dictionary<string, string> metas = new(StringComparer.OrdinalIgnoreCase);

    private PageScan()
    {
    }

    /// <summary>The text of every &lt;script type="application/ld+json"&gt;, in document order.</summary>
    public IReadOnlyList<string> JsonLdScripts => jsonLdScripts;

    /// <summary>Each meta tag's property, name or itemprop (case-insensitive) with its first non-blank content.</summary>
    public IReadOnlyDictionary<string, string> Metas => metas;

    /// <summary>The first non-blank content of a &lt;meta http-equiv="content-language"&gt;, or null.</summary>
    public string? ContentLanguage { get; private set; }

    /// <summary>The href of the first &lt;link rel="canonical"&gt; that has one, or null.</summary>
    public string? Canonical { get; private set; }

    /// <summary>The page's first h1, or null.</summary>
    public IElement? FirstHeading { get; private set; }

    /// <summary>Bylines, dates and captions from the page's visible furniture.</summary>
    public DomEvidence Evidence { get; } = new();

    /// <summary>Walks <paramref name="document"/> once, in document order.</summary>
    public static PageScan Read(IDocument document)
    {
        var scan = new PageScan();
        if (document.DocumentElement is { } root)
        {
            scan.Walk(root);
        }

        return scan;
    }

    // Iterative, so deeply nested pages cannot exhaust the stack. Children are read by index: AngleSharp's
    // sibling properties search the parent's child list, which makes a sibling walk quadratic in wide elements.
    // Every element is seen for the declarations; subtrees the evidence skips are marked so.
    private void Walk(IElement root)
    {
        var pending = new Stack<(IElement Element, byte State)>();
        pending.Push((root, OutsideArticle));
        while (pending.Count > 0)
        {
            var (element, state) = pending.Pop();
            Declarations(element);
            if (state != NoEvidence)
            {
                var inArticle = state == InsideArticle;
                state = Evidence.Visit(element, ref inArticle) ? (inArticle ? InsideArticle : OutsideArticle) : NoEvidence;
            }

            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    pending.Push((child, state));
                }
            }
        }
    }

    private void Declarations(IElement element)
    {
        switch (element.LocalName)
        {
            case "script" when string.Equals(element.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase):
                jsonLdScripts.Add(element.TextContent);
                break;
            case "meta":
                Meta(element);
                break;
            case "link" when Canonical is null && element.GetAttribute("rel") is { } rel
                && rel.Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase)
                && element.GetAttribute("href") is { Length: > 0 } href:
                Canonical = href;
                break;
            case "h1":
                FirstHeading ??= element;
                break;
            default:
                break;
        }
    }

    private void Meta(IElement element)
    {
        var content = element.GetAttribute("content");
        var name = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
        if (name is not null && !string.IsNullOrWhiteSpace(content))
        {
            metas.TryAdd(name.Trim(), content);
        }

        if (ContentLanguage is null && !string.IsNullOrWhiteSpace(content)
            && element.GetAttribute("http-equiv") is { } equiv && equiv.Equals("content-language", StringComparison.OrdinalIgnoreCase))
        {
            ContentLanguage = content;
        }
    }
}
