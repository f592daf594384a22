using AngleSharp.Dom;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Metadata read from the page's visible furniture when its declared metadata is silent: the byline element,
/// &lt;time&gt; elements marked as published or updated, and the article's first figure caption. The page's walk
/// (<see cref="PageScan"/>) hands every element to <see cref="Visit"/>; each field then takes its strongest candidate.
/// Filled by one walk, then only read.
/// </summary>
internal sealed class DomEvidence
{
    private const int MaxBylineChars = 160;
    private const int MaxCaptionChars = 600;

    private static readonly string[] UpdateWords =
        ["updated", "modified", "aktualisiert", "mis à jour", "actualizado", "actualizada", "aggiornato", "atualizado", "bijgewerkt"];

    // Byline candidates by strength: microdata, rel=author links, a class naming a byline, an author name, an author.
    private readonly List<IElement>[] bylines = [[], [], [], [], []];
    private readonly List<IElement> times = [];
    private string? publishedItemprop;
    private string? modifiedItemprop;
    private IElement? firstCaption;
    private IElement? firstArticleCaption;
    private bool articleSeen;

    /// <summary>The byline text of the strongest kind of byline element the page has (all of that kind, joined), or null.</summary>
    public string? Byline()
    {
        foreach (var kind in bylines)
        {
            var texts = new List<string>();
            foreach (var element in kind)
            {
                var text = WhiteSpace.Collapse(element.TextContent);
                if (text.Length is > 1 and <= MaxBylineChars && !texts.Contains(text))
                {
                    texts.Add(text);
                }
            }

            if (texts.Count > 0)
            {
                return string.Join(", ", texts);
            }
        }

        return null;
    }

    /// <summary>itemprop=datePublished, else the first &lt;time datetime&gt; not marked as an update, or null.</summary>
    public string? PublishedTime() =>
        publishedItemprop ?? times.Where(t => !IsUpdate(t)).Select(t => t.GetAttribute("datetime")).FirstOrDefault();

    /// <summary>itemprop=dateModified, else the first &lt;time datetime&gt; marked as an update, or null.</summary>
    public string? UpdatedTime() =>
        modifiedItemprop ?? times.Where(IsUpdate).Select(t => t.GetAttribute("datetime")).FirstOrDefault();

    /// <summary>The first figure caption inside the article (else anywhere in the content), outside asides and footers.</summary>
    public string? LeadCaption()
    {
        var caption = firstArticleCaption ?? firstCaption;
        if (caption is null)
        {
            return null;
        }

        var text = WhiteSpace.Collapse(caption.TextContent);
        return text.Length is > 0 and <= MaxCaptionChars ? text : null;
    }

    /// <summary>
    /// Takes <paramref name="element"/> into account, given whether it lies in the page's article; false when its
    /// subtree holds no evidence and is to be skipped. <paramref name="inArticle"/> becomes what holds for its
    /// children. Elements must come in document order, each once, children after their parent.
    /// </summary>
    // The first <article> is the page's article; later ones (and nested ones) are comments and teasers.
    // Navigation, and asides and footers outside the article, hold other articles' bylines, dates and captions:
    // those subtrees are skipped. The article's own asides and footer (where many themes put its byline and dates)
    // are read.
    public bool Visit(IElement element, ref bool inArticle)
    {
        var name = element.LocalName;
        if (name is "nav" or "script" or "style" or "template" || (name is "aside" or "footer" && !inArticle))
        {
            return false;
        }

        if (name is "article")
        {
            if (articleSeen)
            {
                return false;
            }

            articleSeen = inArticle = true;
        }

        Inspect(element, inArticle);
        return true;
    }

    private void Inspect(IElement element, bool inArticle)
    {
        switch (element.LocalName)
        {
            case "time" when !string.IsNullOrWhiteSpace(element.GetAttribute("datetime")):
                times.Add(element);
                break;
            case "figcaption":
                firstCaption ??= element;
                if (inArticle)
                {
                    firstArticleCaption ??= element;
                }

                break;
            case "a" when HasToken(element.GetAttribute("rel"), "author"):
                bylines[1].Add(element);
                break;
            default:
                break;
        }

        // One loop over the attributes: a GetAttribute call per name searches them again each time, on every element.
        string? itemprop = null;
        string? classes = null;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            if (attributes[i] is { } attribute)
            {
                switch (attribute.Name)
                {
                    case "itemprop":
                        itemprop ??= attribute.Value;
                        break;
                    case "class":
                        classes ??= attribute.Value;
                        break;
                    default:
                        break;
                }
            }
        }

        if (itemprop is not null)
        {
            InspectItemprop(element, itemprop);
        }

        if (classes is { Length: > 0 })
        {
            if (classes.Contains("byline", StringComparison.OrdinalIgnoreCase))
            {
                bylines[2].Add(element);
            }
            else if (classes.Contains("author", StringComparison.OrdinalIgnoreCase))
            {
                // Most classes name no author at all: one search rules them out before the finer tests.
                if (classes.Contains("author-name", StringComparison.OrdinalIgnoreCase) || classes.Contains("author__name", StringComparison.OrdinalIgnoreCase)
                    || classes.Contains("authorname", StringComparison.OrdinalIgnoreCase))
                {
                    bylines[3].Add(element);
                }
                else if (HasToken(classes, "author"))
                {
                    bylines[4].Add(element);
                }
            }
        }
    }

    private void InspectItemprop(IElement element, string itemprop)
    {
        var value = element.GetAttribute("datetime") ?? element.GetAttribute("content");
        if (HasToken(itemprop, "datePublished") && !string.IsNullOrWhiteSpace(value))
        {
            publishedItemprop ??= value;
        }
        else if (HasToken(itemprop, "dateModified") && !string.IsNullOrWhiteSpace(value))
        {
            modifiedItemprop ??= value;
        }
        else if (HasToken(itemprop, "author"))
        {
            // The author's name property, when the microdata gives one; else the whole author element.
            bylines[0].Add(element.QuerySelector("[itemprop~=name]") ?? element);
        }
    }

    // A <time> is an update when it or its parent says so in class or id, or the text just before it does
    // ("Updated: <time ...>"), read back over a few siblings only.
    private static bool IsUpdate(IElement time)
    {
        if (time.GetAttribute("itemprop") is { } itemprop && HasToken(itemprop, "dateModified"))
        {
            return true;
        }

        if (NamesUpdate((time.ClassName ?? "") + " " + (time.Id ?? ""))
            || (time.ParentElement is { } parent && NamesUpdate((parent.ClassName ?? "") + " " + (parent.Id ?? ""))))
        {
            return true;
        }

        var before = new System.Text.StringBuilder();
        for (var node = time.PreviousSibling; node is not null && before.Length < 40; node = node.PreviousSibling)
        {
            before.Insert(0, node.TextContent);
        }

        return NamesUpdate(before.Length > 40 ? before.ToString(before.Length - 40, 40) : before.ToString());
    }

    private static bool NamesUpdate(string text) =>
        UpdateWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    // Space-separated tokens, compared without allocating: this runs on every element's class and itemprop.
    private static bool HasToken(string? list, string token)
    {
        if (list is null)
        {
            return false;
        }

        foreach (var range in list.AsSpan().Split(' '))
        {
            if (list.AsSpan()[range].Equals(token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
