using AngleSharp.Dom;
using Parallax.Extraction.Text;

namespace Parallax.Extraction.Html;

/// <summary>
/// A second extraction when the first came out much shorter than the page's prose (as trafilatura falls back when
/// its extraction is short against the page): the chosen container was one block of an article split across
/// several, a teaser, or held nothing the cleaner kept. The fallback cleans the smallest ancestor of the chosen
/// containers that holds most of the page's paragraph text (the whole page when the page has no paragraphs) and is
/// taken when its body is longer; the cleaner still judges every block of it. The short blocks at the edges of that
/// larger block are not put back (<see cref="EdgeFragments"/>): there they are mostly the page's own furniture.
/// </summary>
internal static class ProseFallback
{
    // Below this share of the page's paragraph text the first extraction is suspect.
    private const double ShortShare = 0.7;

    // The fallback container holds at least this share of the page's paragraph text.
    private const double CoverShare = 0.8;

    /// <summary>The better of <paramref name="content"/> and the fallback extraction.</summary>
    public static CleanedText Apply(CleanedText content, IReadOnlyList<IElement> containers, PageTree tree, string? title)
    {
        var measures = tree.Measures;
        var prose = measures[tree.Root].ParagraphChars;
        var bodyChars = BodyChars(content);
        if (!content.Body.IsEmpty && bodyChars >= ShortShare * prose)
        {
            return content;
        }

        var top = prose > 0 ? Cover(containers, tree.Root, measures, CoverShare * prose) : tree.Root;
        var units = BlockCollector.Collect(top);
        var fallback = TextCleaner.CleanUnits(units, title, keepInnerFragments: true);
        return BodyChars(fallback) > bodyChars ? fallback : content;
    }

    // The lowest element that contains every chosen container and holds the wanted paragraph text.
    private static IElement Cover(IReadOnlyList<IElement> containers, IElement root, ElementMeasures measures, double wanted)
    {
        var node = containers.Count > 0 ? containers[0] : root;
        while (!ReferenceEquals(node, root) && node.ParentElement is { } up
            && (measures[node].ParagraphChars < wanted || !ContainsAll(node, containers)))
        {
            node = up;
        }

        return node;
    }

    private static bool ContainsAll(IElement node, IReadOnlyList<IElement> containers)
    {
        foreach (var container in containers)
        {
            if (!node.Contains(container))
            {
                return false;
            }
        }

        return true;
    }

    private static int BodyChars(CleanedText content)
    {
        var total = 0;
        foreach (var block in content.Body)
        {
            total += block.Length;
        }

        return total;
    }
}
