using System.Collections.Immutable;
using AngleSharp.Dom;
using Parallax.Extraction.Text;

namespace Parallax.Extraction.Html;

/// <summary>
/// The standfirst: prose set between the headline (the page's &lt;h1&gt;) and the body container, in a block of its
/// own ("intro", "teaser", "chapo", a long sub-heading) that scores too little to be chosen and may sit several
/// wrappers away from the body. Blocks there that read as a paragraph (a paragraph's length, few links) are taken;
/// the bylines, dates and share bars there are short or linked, and the cleaner still judges what is taken. They
/// are cleaned apart from the body and put before it afterwards, so that they change neither how the body is judged
/// nor whether the body is short enough for <see cref="ProseFallback"/>.
/// </summary>
internal static class Standfirst
{
    private const int MinChars = 80;
    private const int MaxChars = 1000;
    private const double MaxLinkDensity = 0.25;

    /// <summary>The standfirst blocks before <paramref name="containers"/>, in document order.</summary>
    public static List<IElement> Find(PageTree tree, IReadOnlyList<IElement> containers)
    {
        var found = new List<IElement>();
        if (containers.Count == 0 || ReferenceEquals(containers[0], tree.Root))
        {
            return found;
        }

        var first = containers[0];
        var bodyAt = -1;
        var headlineEnd = -1;
        for (var i = 0; i < tree.Count; i++)
        {
            if (ReferenceEquals(tree[i], first))
            {
                bodyAt = i;
                break;
            }

            if (tree.IsAttached(i) && tree[i].LocalName == "h1")
            {
                headlineEnd = i;
            }
        }

        if (bodyAt < 0 || headlineEnd < 0)
        {
            return found;
        }

        // By index: an element holds the body when its subtree reaches past the body's index, and a block taken
        // holds nothing else to take, so the walk skips its subtree.
        var measures = tree.Measures;
        for (var i = tree.SubtreeEnd(headlineEnd); i < bodyAt; i++)
        {
            var element = tree[i];
            if (!tree.IsAttached(i) || tree.SubtreeEnd(i) > bodyAt || !IsLeafBlock(element))
            {
                continue;
            }

            var measure = measures[element];
            if (measure.Length is >= MinChars and <= MaxChars && measure.LinkDensity < MaxLinkDensity)
            {
                found.Add(element);
                i = tree.SubtreeEnd(i) - 1;
            }
        }

        return found;
    }

    /// <summary><paramref name="content"/> with the standfirst's body blocks before its own (those it lacks).</summary>
    public static CleanedText Prepend(CleanedText content, IReadOnlyList<TextUnit> units, string? title)
    {
        if (units.Count == 0)
        {
            return content;
        }

        // A standfirst set in heading type is no heading: judged as one, its prose would be a fragment.
        var lead = TextCleaner.CleanUnits([.. units.Select(static unit => unit with { IsHeading = false })], title);
        var body = lead.Body.Where(block => !content.Body.Any(known => known.Contains(block, StringComparison.Ordinal))).ToList();
        return content with
        {
            Body = [.. body, .. content.Body],
            Removed = lead.Removed.AddRange(content.Removed),
            Captions = lead.Captions.AddRange(content.Captions),
        };
    }

    private static bool IsLeafBlock(IElement element) => element.LocalName switch
    {
        "p" or "h2" or "h3" or "h4" or "h5" or "h6" => true,
        "div" or "section" or "header" => !BlockCollector.HasBlockChild(element),
        _ => false,
    };
}
