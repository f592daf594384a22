using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Parallax.Core.Articles;
using Parallax.Extraction.Metadata;
using Parallax.Extraction.Text;

namespace Parallax.Extraction.Html;

/// <summary>
/// Main-content extraction from an HTML page: metadata first, then furniture is dropped (scripts, navigation,
/// headers, footers, asides, forms, elements whose class or id names comments, sharing, ads, newsletters and the
/// like; figure captions are kept as captions), the container with the densest, least linked paragraph text is
/// chosen (readability-style scores with class/id hints), its blocks become units, and the text classifier cleans
/// them. Pure function of its input: safe to call in parallel.
/// </summary>
public static class HtmlExtractor
{
    private const int MinParagraphChars = 25;
    private const int MinLeadChars = 80;
    private const int MinProseBlockChars = 200;
    private const int MaxLeadChars = 1000;
    private const string JunkSelector =
        "script,style,noscript,template,svg,iframe,object,embed,canvas,button,select,input,textarea,link,meta,video,audio";
    private const string FurnitureSelector =
        "nav,header,footer,aside,form,dialog,[role=navigation],[role=banner],[role=contentinfo],[role=complementary]," +
        "[role=dialog],[role=alert],[hidden],[aria-hidden=true]";

    /// <summary>Extracts metadata and cleaned content from <paramref name="html"/>.</summary>
    public static HtmlExtraction Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = HtmlDocumentParser.Parse(html);
        var (metadata, articleBody) = HtmlMetadataReader.Read(document);
        var root = document.Body ?? document.DocumentElement;

        var captions = new List<string>();
        var removed = new List<RemovedBlock>();
        foreach (var caption in root.QuerySelectorAll("figcaption").ToArray())
        {
            AddText(captions, caption);
            caption.Remove();
        }

        foreach (var element in root.QuerySelectorAll(JunkSelector).ToArray())
        {
            element.Remove();
        }

        var totalParagraphText = new PageText(ParagraphText(root), UnlinkedText(root));
        foreach (var element in root.QuerySelectorAll("figure").ToArray())
        {
            // Figures hold images and credits; text in them that is not a figcaption is a credit line too.
            if (IsAttached(element, root))
            {
                AddText(captions, element);
                element.Remove();
            }
        }

        foreach (var element in root.QuerySelectorAll(FurnitureSelector).ToArray())
        {
            if (IsAttached(element, root) && !HoldsArticle(element, totalParagraphText) && !IsArticleHeader(element))
            {
                Drop(element, StructuralReason(element), removed);
            }
        }

        foreach (var element in root.QuerySelectorAll("*").ToArray())
        {
            if (element.LocalName is "article" or "main" || !IsAttached(element, root))
            {
                continue;
            }

            var hints = Hints(element);
            var reason = ClassHints.NegativeReason(hints);
            if (reason is null)
            {
                continue;
            }

            // An article container may carry a furniture word too ("article-with-sidebar"); only small ones go.
            if ((ClassHints.IsPositive(hints) && element.TextContent.Length >= 300) || HoldsArticle(element, totalParagraphText))
            {
                continue;
            }

            // "widget", "sidebar", "modal" name a layout slot, not furniture: page builders put the article's own
            // text blocks in "widgets". Such an element goes only when it holds no run of unlinked paragraphs.
            if (reason == RemovalReason.Other && IsProseBlock(element))
            {
                continue;
            }

            Drop(element, reason.Value, removed);
        }

        foreach (var element in root.QuerySelectorAll("[class*=caption],[class*=credit],[class*=Caption],[class*=Credit]").ToArray())
        {
            if (IsAttached(element, root) && IsCaptionHint(Hints(element)) && element.TextContent.Length < 400)
            {
                AddText(captions, element);
                element.Remove();
            }
        }

        var units = new List<Text.TextUnit>();
        foreach (var container in ChooseContainers(root))
        {
            units.AddRange(BlockCollector.Collect(container));
        }

        var content = EdgeFragments.Restore(units, TextCleaner.CleanUnits(units, metadata.Title, keepInnerFragments: true));
        if (content.Body.IsEmpty && articleBody is not null)
        {
            content = TextCleaner.Clean(articleBody, metadata.Title);
        }

        var allRemoved = removed.ToImmutableArray().AddRange(content.Removed);
        var allCaptions = captions.ToImmutableArray().AddRange(content.Captions);
        return new HtmlExtraction(metadata, content with { Removed = allRemoved, Captions = allCaptions });
    }

    // The best-scoring container, plus the blocks of the same article it was split from: siblings that score well
    // and elements of the same class elsewhere (stories cut into segments around ad slots). In document order.
    private static List<IElement> ChooseContainers(IElement root)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        var order = new List<IElement>();
        foreach (var paragraph in root.QuerySelectorAll("p,pre,blockquote,div"))
        {
            if (paragraph.LocalName == "div" && HasBlockChild(paragraph))
            {
                continue;
            }

            var length = WhiteSpace.Collapse(paragraph.TextContent).Length;
            if (length < MinParagraphChars)
            {
                continue;
            }

            var score = 1 + Count(paragraph.TextContent, ',') + Math.Min(length / 100.0, 3);
            var parent = paragraph.ParentElement;
            if (parent is null)
            {
                continue;
            }

            AddScore(scores, order, parent, score);
            if (parent.ParentElement is { } grandparent && !ReferenceEquals(parent, root))
            {
                AddScore(scores, order, grandparent, score / 2);
            }
        }

        var final = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        IElement? best = null;
        var bestScore = double.MinValue;
        foreach (var candidate in order)
        {
            var score = scores[candidate] * (1 - LinkDensity(candidate));
            final[candidate] = score;
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        if (best is null)
        {
            return [root];
        }

        // Articles split into sibling blocks share a parent that holds clearly more paragraph text.
        for (var climb = 0; climb < 2 && !ReferenceEquals(best, root) && best.ParentElement is { } up; climb++)
        {
            if (ParagraphText(best) >= 0.7 * ParagraphText(up) || LinkDensity(up) > 0.3)
            {
                break;
            }

            best = up;
            bestScore = Math.Max(bestScore, final.GetValueOrDefault(up));
        }

        var threshold = Math.Max(10, bestScore * 0.2);
        var chosen = new HashSet<IElement>(ReferenceEqualityComparer.Instance) { best };
        if (LeadBefore(best, root) is { } lead)
        {
            chosen.Add(lead);
        }

        var bestClass = best.ClassName;
        foreach (var candidate in order)
        {
            if (chosen.Contains(candidate) || final[candidate] < threshold || Related(candidate, best))
            {
                continue;
            }

            var sibling = ReferenceEquals(candidate.ParentElement, best.ParentElement);
            var sameClass = !string.IsNullOrWhiteSpace(bestClass) && candidate.ClassName == bestClass;
            if (sibling || sameClass)
            {
                chosen.Add(candidate);
            }
        }

        if (chosen.Count == 1)
        {
            return [best];
        }

        // Document order, and never an element inside another chosen one.
        var result = new List<IElement>();
        foreach (var element in root.QuerySelectorAll("*"))
        {
            if (chosen.Contains(element) && !result.Exists(outer => outer.Contains(element)))
            {
                result.Add(element);
            }
        }

        return result;
    }

    // A standfirst or teaser paragraph often sits in its own block just above the body container, one or two levels
    // up, and scores too little alone to be chosen. The nearest block with text before the container (or before
    // an ancestor that has nothing before it) is taken when it reads as prose: a paragraph's length, few links.
    private static IElement? LeadBefore(IElement best, IElement root)
    {
        var node = best;
        for (var level = 0; level < 3 && !ReferenceEquals(node, root); level++)
        {
            var previous = node.PreviousElementSibling;
            while (previous is not null && WhiteSpace.Collapse(previous.TextContent).Length == 0)
            {
                previous = previous.PreviousElementSibling;
            }

            if (previous is not null)
            {
                return IsLead(previous) ? previous : null;
            }

            if (node.ParentElement is not { } parent)
            {
                return null;
            }

            node = parent;
        }

        return null;
    }

    private static bool IsLead(IElement element)
    {
        var length = WhiteSpace.Collapse(element.TextContent).Length;
        return length is >= MinLeadChars and <= MaxLeadChars
            && element.LocalName is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "table")
            && LinkDensity(element) < 0.25;
    }

    // An <article>'s own <header> holds its headline, standfirst and byline, not the site's banner; the cleaner
    // sorts those lines out (the headline and byline go, the standfirst stays). Navigation hinted by class still goes.
    private static bool IsArticleHeader(IElement element) =>
        element.LocalName == "header"
        && element.Closest("article") is not null
        && ClassHints.NegativeReason(Hints(element)) is null
        && element.QuerySelector("nav,[role=navigation]") is null;

    private static bool IsProseBlock(IElement element) =>
        ParagraphText(element) >= MinProseBlockChars && LinkDensity(element) < 0.2;

    private static bool Related(IElement a, IElement b) => a.Contains(b) || b.Contains(a);

    private static void AddScore(Dictionary<IElement, double> scores, List<IElement> order, IElement element, double score)
    {
        if (!scores.TryGetValue(element, out var current))
        {
            current = BaseScore(element);
            order.Add(element);
        }

        scores[element] = current + score;
    }

    private static double BaseScore(IElement element)
    {
        var tag = element.LocalName switch
        {
            "article" => 10,
            "main" or "div" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" or "address" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        // schema.org microdata names the article body outright.
        var microdata = string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase) ? 50 : 0;
        return tag + microdata + ClassHints.Weight(Hints(element));
    }

    private static bool HasBlockChild(IElement element)
    {
        foreach (var child in element.Children)
        {
            if (child.LocalName is "p" or "div" or "section" or "article" or "ul" or "ol" or "table" or "blockquote"
                or "pre" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                return true;
            }
        }

        return false;
    }

    private static double LinkDensity(IElement element)
    {
        var total = WhiteSpace.Collapse(element.TextContent).Length;
        if (total == 0)
        {
            return 0;
        }

        var links = 0;
        foreach (var anchor in element.QuerySelectorAll("a"))
        {
            links += WhiteSpace.Collapse(anchor.TextContent).Length;
        }

        return Math.Min(1.0, (double)links / total);
    }

    private static int ParagraphText(IElement element)
    {
        var total = 0;
        foreach (var paragraph in element.QuerySelectorAll("p,pre,blockquote"))
        {
            var length = WhiteSpace.Collapse(paragraph.TextContent).Length;
            if (length >= MinParagraphChars)
            {
                total += length;
            }
        }

        return total;
    }

    // Pages that wrap everything in a form or a header-less layout must not lose their article with the furniture.
    // Text in <br>-separated divs counts too: half of the page's unlinked text is the article, whatever its markup.
    private static bool HoldsArticle(IElement element, PageText page)
    {
        if (element.TextContent.Length < MinParagraphChars * 4)
        {
            return false;
        }

        if (page.ParagraphChars > 0 && ParagraphText(element) >= page.ParagraphChars * 0.5)
        {
            return true;
        }

        return page.UnlinkedChars > 0 && UnlinkedText(element) >= page.UnlinkedChars * 0.5;
    }

    private static int UnlinkedText(IElement element)
    {
        var total = WhiteSpace.Collapse(element.TextContent).Length;
        foreach (var anchor in element.QuerySelectorAll("a"))
        {
            total -= WhiteSpace.Collapse(anchor.TextContent).Length;
        }

        return Math.Max(0, total);
    }

    private readonly record struct PageText(int ParagraphChars, int UnlinkedChars);

    private static RemovalReason StructuralReason(IElement element)
    {
        var hinted = ClassHints.NegativeReason(Hints(element));
        if (hinted is { } reason && reason != RemovalReason.Other)
        {
            return reason;
        }

        return (element.LocalName, element.GetAttribute("role")) switch
        {
            ("nav", _) or (_, "navigation") or ("header", _) or (_, "banner") => RemovalReason.Navigation,
            ("aside", _) or (_, "complementary") => RemovalReason.Related,
            ("footer", _) or (_, "contentinfo") => RemovalReason.Legal,
            _ => RemovalReason.Other,
        };
    }

    private static void Drop(IElement element, RemovalReason reason, List<RemovedBlock> removed)
    {
        var blocks = BlockCollector.Collect(element);
        if (blocks.Count > 0)
        {
            removed.Add(new RemovedBlock(string.Join("\n", blocks.Select(static block => block.Text)), reason));
        }

        element.Remove();
    }

    private static void AddText(List<string> captions, IElement element)
    {
        var text = WhiteSpace.Collapse(element.TextContent);
        if (text.Length > 0)
        {
            captions.Add(text);
        }
    }

    private static bool IsCaptionHint(string hints) =>
        hints.Contains("caption", StringComparison.OrdinalIgnoreCase) || hints.Contains("credit", StringComparison.OrdinalIgnoreCase);

    private static string Hints(IElement element) => element.ClassName + " " + element.Id;

    private static bool IsAttached(IElement element, IElement root)
    {
        for (INode? node = element; node is not null; node = node.Parent)
        {
            if (ReferenceEquals(node, root))
            {
                return true;
            }
        }

        return false;
    }

    private static int Count(string text, char c)
    {
        var count = 0;
        foreach (var x in text)
        {
            if (x == c)
            {
                count++;
            }
        }

        return count;
    }
}
