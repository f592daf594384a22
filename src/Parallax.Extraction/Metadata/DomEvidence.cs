using AngleSharp.Dom;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Metadata read from the page's visible furniture when its declared metadata is silent: the byline element,
/// &lt;time&gt; elements marked as published or updated, and the article's first figure caption.
/// </summary>
internal static class DomEvidence
{
    private const int MaxBylineChars = 160;
    private const int MaxCaptionChars = 600;

    // Strongest first: microdata, then rel=author links, then elements whose class names a byline or author name.
    private static readonly string[] BylineSelectors =
    [
        "[itemprop~=author] [itemprop~=name]",
        "[itemprop~=author]",
        "a[rel~=author]",
        "[class*=byline]",
        "[class*=Byline]",
        "[class*=author-name],[class*=author__name],[class*=authorName],[class*=AuthorName]",
        "[class~=author]",
    ];

    private static readonly string[] UpdateWords =
        ["updated", "modified", "aktualisiert", "mis à jour", "actualizado", "actualizada", "aggiornato", "atualizado", "bijgewerkt"];

    /// <summary>The byline text of the first kind of byline element the page has (all of that kind, joined), or null.</summary>
    public static string? Byline(IDocument document)
    {
        foreach (var selector in BylineSelectors)
        {
            var texts = new List<string>();
            foreach (var element in document.QuerySelectorAll(selector))
            {
                var text = WhiteSpace.Collapse(element.TextContent);
                if (text.Length is > 1 and <= MaxBylineChars && !IsInFurniture(element) && !texts.Contains(text))
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

    /// <summary>The datetime of the first &lt;time&gt; not marked as an update (itemprop=datePublished first), or null.</summary>
    public static string? PublishedTime(IDocument document) =>
        Attribute(document.QuerySelector("[itemprop~=datePublished][datetime]"), "datetime")
        ?? Attribute(document.QuerySelector("[itemprop~=datePublished][content]"), "content")
        ?? document.QuerySelectorAll("time[datetime]").Where(t => !IsUpdate(t)).Select(t => Attribute(t, "datetime")).FirstOrDefault(v => v is not null);

    /// <summary>The datetime of the first &lt;time&gt; marked as an update (itemprop=dateModified first), or null.</summary>
    public static string? UpdatedTime(IDocument document) =>
        Attribute(document.QuerySelector("[itemprop~=dateModified][datetime]"), "datetime")
        ?? Attribute(document.QuerySelector("[itemprop~=dateModified][content]"), "content")
        ?? document.QuerySelectorAll("time[datetime]").Where(IsUpdate).Select(t => Attribute(t, "datetime")).FirstOrDefault(v => v is not null);

    /// <summary>The first figure caption inside the article (else the main content), outside asides and footers.</summary>
    public static string? LeadCaption(IDocument document)
    {
        var scope = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        if (scope is null)
        {
            return null;
        }

        foreach (var caption in scope.QuerySelectorAll("figcaption"))
        {
            if (IsInFurniture(caption))
            {
                continue;
            }

            var text = WhiteSpace.Collapse(caption.TextContent);
            return text.Length is > 0 and <= MaxCaptionChars ? text : null;
        }

        return null;
    }

    // A <time> is an update when it, its parent or the text just before it says so ("Updated 3 March").
    private static bool IsUpdate(IElement time)
    {
        if (time.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("dateModified", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var element = time; element is not null && element != time.Owner?.Body; element = element.ParentElement)
        {
            var hints = (element.ClassName ?? "") + " " + (element.Id ?? "");
            if (NamesUpdate(hints))
            {
                return true;
            }

            if (element != time)
            {
                // The parent's own text before the <time>, e.g. "<p>Updated: <time ...>".
                var before = element.TextContent;
                var at = before.IndexOf(time.TextContent, StringComparison.Ordinal);
                return NamesUpdate(at > 0 ? before[Math.Max(0, at - 40)..at] : (time.PreviousSibling?.TextContent ?? ""));
            }
        }

        return false;
    }

    private static bool NamesUpdate(string text) =>
        UpdateWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static bool IsInFurniture(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.LocalName is "aside" or "footer" or "nav")
            {
                return true;
            }
        }

        return false;
    }

    private static string? Attribute(IElement? element, string name) =>
        element?.GetAttribute(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;
}
