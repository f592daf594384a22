using System.Collections.Frozen;
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
    private const int MinHeadingLeadChars = 120;
    private static readonly FrozenSet<string> JunkTags = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "button", "select",
        "input", "textarea", "link", "meta", "video", "audio",
    ], StringComparer.Ordinal);

    /// <summary>Extracts metadata and cleaned content from <paramref name="html"/>.</summary>
    public static HtmlExtraction Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = HtmlDocumentParser.Parse(html);
        var (metadata, articleBody) = HtmlMetadataReader.Read(document);
        var root = document.Body ?? document.DocumentElement;
        var tree = new PageTree(root);
        var measures = tree.Measures;

        var captions = new List<string>();
        var removed = new List<RemovedBlock>();
        for (var i = 0; i < tree.Count; i++)
        {
            if (!tree.IsAttached(i))
            {
                continue;
            }

            var name = tree[i].LocalName;
            if (name == "figcaption")
            {
                AddText(captions, tree[i]);
                tree.Remove(i);
            }
            else if (JunkTags.Contains(name) && !IsNoscriptArticle(tree[i], measures, root))
            {
                tree.Remove(i);
            }
        }

        for (var i = 0; i < tree.Count; i++)
        {
            // Figures hold images and credits; text in them that is not a figcaption is a credit line too.
            if (tree.IsAttached(i) && tree[i].LocalName == "figure")
            {
                AddText(captions, tree[i]);
                tree.Remove(i);
            }
        }

        // Elements are visited in document order and measured when visited: what was dropped before an element lies
        // before it, never inside it, so its measure is that of its subtree as it stands.
        var page = new PageText(measures[root].ParagraphChars, measures[root].UnlinkedChars);
        for (var i = 0; i < tree.Count; i++)
        {
            var element = tree[i];
            if (tree.IsAttached(i) && IsFurniture(element) && (IsDialog(element) || !HoldsArticle(measures[element], page))
                && !IsArticleHeader(element))
            {
                Drop(tree, i, StructuralReason(element), removed);
            }
        }

        for (var i = 0; i < tree.Count; i++)
        {
            var element = tree[i];
            if (!tree.IsAttached(i) || element.LocalName is "article" or "main")
            {
                continue;
            }

            var hints = Hints(element);
            if (hints.Negative is not { } reason)
            {
                continue;
            }

            // An article container may carry a furniture word too ("article-with-sidebar"); only small ones go.
            var measure = measures[element];
            if ((hints.Positive && measure.Raw >= 300) || HoldsArticle(measure, page))
            {
                continue;
            }

            // "widget", "sidebar", "modal" name a layout slot, not furniture: page builders put the article's own
            // text blocks in "widgets". An ad word marks a section that holds ad slots as often as an ad
            // ("section--ads", "has-ads"); an ad itself is an image or a few linked lines. Such an element goes only
            // when it holds no run of unlinked paragraphs.
            if (reason is RemovalReason.Other or RemovalReason.Advertisement && IsProseBlock(measure))
            {
                continue;
            }

            Drop(tree, i, reason, removed);
        }

        for (var i = 0; i < tree.Count; i++)
        {
            var element = tree[i];
            if (tree.IsAttached(i) && IsCaptionHint(element) && measures[element].Raw < 400)
            {
                AddText(captions, element);
                tree.Remove(i);
            }
        }

        var units = new List<Text.TextUnit>();
        var containers = ChooseContainers(tree);
        var leadUnits = new List<Text.TextUnit>();
        foreach (var lead in Standfirst.Find(tree, containers))
        {
            leadUnits.AddRange(BlockCollector.Collect(lead));
        }

        foreach (var container in containers)
        {
            units.AddRange(BlockCollector.Collect(container));
        }

        var content = EdgeFragments.Restore(units, TextCleaner.CleanUnits(units, metadata.Title, keepInnerFragments: true));
        content = ProseFallback.Apply(content, containers, tree, metadata.Title);
        if (content.Body.IsEmpty && articleBody is not null)
        {
            content = TextCleaner.Clean(articleBody, metadata.Title);
        }

        content = Standfirst.Prepend(content, leadUnits, metadata.Title);

        var allRemoved = removed.ToImmutableArray().AddRange(content.Removed);
        var allCaptions = captions.ToImmutableArray().AddRange(content.Captions);
        return new HtmlExtraction(metadata, content with { Removed = allRemoved, Captions = allCaptions });
    }

    // The best-scoring container, plus the blocks of the same article it was split from: siblings that score well
    // and elements of the same class elsewhere (stories cut into segments around ad slots). In document order.
    private static List<IElement> ChooseContainers(PageTree tree)
    {
        var root = tree.Root;
        var measures = tree.Measures;
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        var order = new List<IElement>();
        for (var i = 0; i < tree.Count; i++)
        {
            var paragraph = tree[i];
            if (!tree.IsAttached(i))
            {
                continue;
            }

            if (paragraph.LocalName is not ("p" or "pre" or "blockquote" or "div")
                || (paragraph.LocalName == "div" && HasBlockChild(paragraph)))
            {
                if (paragraph.LocalName is "div" or "td" or "section" or "article" or "main" or "center" or "body")
                {
                    LooseText.ForEachRun(paragraph, measures, (paragraph, root, scores, order), ScoreLooseRun);
                }

                continue;
            }

            var measure = measures[paragraph];
            var length = measure.Length;
            if (length < MinParagraphChars)
            {
                continue;
            }

            var score = 1 + measure.Commas + Math.Min(length / 100.0, 3);
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
            var score = scores[candidate] * (1 - measures[candidate].LinkDensity);
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
            if (measures[best].ParagraphChars >= 0.7 * measures[up].ParagraphChars || measures[up].LinkDensity > 0.3)
            {
                break;
            }

            best = up;
            bestScore = Math.Max(bestScore, final.GetValueOrDefault(up));
        }

        var threshold = Math.Max(10, bestScore * 0.2);
        var chosen = new HashSet<IElement>(ReferenceEqualityComparer.Instance) { best };
        if (LeadBefore(best, root, measures) is { } lead)
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
        for (var i = 0; i < tree.Count; i++)
        {
            var element = tree[i];
            if (tree.IsAttached(i) && chosen.Contains(element) && !result.Exists(outer => outer.Contains(element)))
            {
                result.Add(element);
            }
        }

        return result;
    }

    // A run of loose text of a paragraph's length scores as a paragraph would if the page had wrapped it in one.
    private static void ScoreLooseRun(TextMeasure run, (IElement Holder, IElement Root, Dictionary<IElement, double> Scores, List<IElement> Order) state)
    {
        if (run.Length < MinParagraphChars || run.LinkDensity >= 0.5)
        {
            return;
        }

        var score = 1 + run.Commas + Math.Min(run.Length / 100.0, 3);
        AddScore(state.Scores, state.Order, state.Holder, score);
        if (state.Holder.ParentElement is { } up && !ReferenceEquals(state.Holder, state.Root))
        {
            AddScore(state.Scores, state.Order, up, score / 2);
        }
    }

    // A standfirst or teaser paragraph often sits in its own block just above the body container, one or two levels
    // up, and scores too little alone to be chosen. The nearest block with text before the container (or before
    // an ancestor that has nothing before it) is taken when it reads as prose: a paragraph's length, few links.
    private static IElement? LeadBefore(IElement best, IElement root, ElementMeasures measures)
    {
        var node = best;
        for (var level = 0; level < 3 && !ReferenceEquals(node, root); level++)
        {
            var previous = node.PreviousElementSibling;
            while (previous is not null && measures[previous].Length == 0)
            {
                previous = previous.PreviousElementSibling;
            }

            if (previous is not null)
            {
                return IsLead(previous, measures[previous]) ? previous : null;
            }

            if (node.ParentElement is not { } parent)
            {
                return null;
            }

            node = parent;
        }

        return null;
    }

    // A sub-heading (h2-h6) of a paragraph's length is a standfirst set in heading type ("excerpt"); the headline
    // is the h1, and section headings are short.
    private static bool IsLead(IElement element, TextMeasure measure) =>
        measure.Length is >= MinLeadChars and <= MaxLeadChars
        && measure.LinkDensity < 0.25
        && element.LocalName switch
        {
            "h1" or "ul" or "ol" or "table" => false,
            "h2" or "h3" or "h4" or "h5" or "h6" => measure.Length >= MinHeadingLeadChars,
            _ => true,
        };

    // An <article>'s own <header> (or one inside <main>: the site's banner sits outside the main landmark) holds its
    // headline, standfirst and byline, not the site's banner; the cleaner
    // sorts those lines out (the headline and byline go, the standfirst stays). Navigation hinted by class still goes.
    private static bool IsArticleHeader(IElement element) =>
        element.LocalName == "header"
        && element.Closest("article,main,[role=main]") is not null
        && Hints(element).Negative is null
        && element.QuerySelector("nav,[role=navigation]") is null;

    private static bool IsProseBlock(TextMeasure measure) =>
        measure.ParagraphChars >= MinProseBlockChars && measure.LinkDensity < 0.2;

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
        return tag + microdata + Hints(element).Weight;
    }

    private static bool HasBlockChild(IElement element)
    {
        // The child list by index: Children builds a collection per call, and sibling links search the list.
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child && child.LocalName is "p" or "div" or "section" or "article" or "ul" or "ol" or "table" or "blockquote"
                or "pre" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                return true;
            }
        }

        return false;
    }

    // Pages that wrap everything in a form or a header-less layout must not lose their article with the furniture.
    // Text in <br>-separated divs counts too: half of the page's unlinked text is the article, whatever its markup.
    private static bool HoldsArticle(TextMeasure measure, PageText page)
    {
        if (measure.Raw < MinParagraphChars * 4)
        {
            return false;
        }

        if (page.ParagraphChars > 0 && measure.ParagraphChars >= page.ParagraphChars * 0.5)
        {
            return true;
        }

        return page.UnlinkedChars > 0 && measure.UnlinkedChars >= page.UnlinkedChars * 0.5;
    }

    private readonly record struct PageText(int ParagraphChars, int UnlinkedChars);

    private static RemovalReason StructuralReason(IElement element)
    {
        var hinted = Hints(element).Negative;
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

    private static void Drop(PageTree tree, int index, RemovalReason reason, List<RemovedBlock> removed)
    {
        var blocks = BlockCollector.Collect(tree[index]);
        if (blocks.Count > 0)
        {
            removed.Add(new RemovedBlock(string.Join("\n", blocks.Select(static block => block.Text)), reason));
        }

        tree.Remove(index);
    }

    private static void AddText(List<string> captions, IElement element)
    {
        var text = WhiteSpace.Collapse(element.TextContent);
        if (text.Length > 0)
        {
            captions.Add(text);
        }
    }

    // A class that says caption or credit, in lower case or capitalised ("wp-caption", "photoCredit").
    private static bool IsCaptionHint(IElement element) =>
        element.ClassName is { Length: > 0 } name
        && (name.Contains("caption", StringComparison.Ordinal) || name.Contains("credit", StringComparison.Ordinal)
            || name.Contains("Caption", StringComparison.Ordinal) || name.Contains("Credit", StringComparison.Ordinal));

    private static ElementHints Hints(IElement element) => ClassHints.Read(element.ClassName, element.Id);

    // Script-rendered blogs put the post itself in <noscript> for readers without scripts; a <noscript> holding
    // paragraphs of prose is such a copy, while "enable JavaScript" notices and tracking pixels hold none. Some sites
    // put their whole page there: a <noscript> with most of the page's text is the page.
    private static bool IsNoscriptArticle(IElement element, ElementMeasures measures, IElement root) =>
        element.LocalName == "noscript"
        && (IsProseBlock(measures[element]) || measures[element].Length >= 0.5 * measures[root].Length);

    // A dialog (consent banner, sign-up overlay) floats over the page: however much text it holds, it is never the
    // article, and on a short article its paragraphs of legal prose are most of the page's text.
    private static bool IsDialog(IElement element) =>
        element.LocalName == "dialog"
        || (element.Attributes.Length > 0 && element.GetAttribute("role") is "dialog" or "alertdialog");

    // nav, header, footer, aside, form, dialog; landmark roles of site furniture; hidden elements.
    private static bool IsFurniture(IElement element)
    {
        if (element.LocalName is "nav" or "header" or "footer" or "aside" or "form" or "dialog")
        {
            return true;
        }

        if (element.Attributes.Length == 0)
        {
            return false;
        }

        var role = element.GetAttribute("role");
        return role is "navigation" or "banner" or "contentinfo" or "complementary" or "dialog" or "alert"
            || element.HasAttribute("hidden")
            || element.GetAttribute("aria-hidden") == "true";
    }
}
