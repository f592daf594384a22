using Parallax.Core.Articles;

namespace Parallax.Extraction.Html;

/// <summary>
/// Learns one site's template from its pages: the paragraph keys (<see cref="SiteTemplateText.Key"/>) that recur
/// on at least half, and at least three, of the site's distinct stories. Pages that share half or more of their
/// paragraphs (the same article read twice, or successive versions of one story) count as one story, so a story's
/// own paragraphs are never mistaken for the template because the story was saved several times.
/// </summary>
internal static class SiteTemplateLearner
{
    /// <summary>The fewest distinct stories a paragraph must recur on.</summary>
    public const int MinStories = 3;

    private const double SameStoryOverlap = 0.5;

    /// <summary>The template keys of a site, empty when it has fewer than <see cref="MinStories"/> stories.</summary>
    public static HashSet<string> Learn(IReadOnlyList<Article> pages)
    {
        var template = new HashSet<string>(StringComparer.Ordinal);
        if (pages.Count < MinStories)
        {
            return template;
        }

        var keys = pages.Select(static page => page.Body.Select(SiteTemplateText.Key).ToHashSet(StringComparer.Ordinal)).ToList();
        var story = Stories(keys);
        var stories = story.Distinct().Count();
        var needed = Math.Max(MinStories, (stories + 1) / 2);
        if (stories < needed)
        {
            return template;
        }

        var storiesByKey = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var page = 0; page < keys.Count; page++)
        {
            foreach (var key in keys[page])
            {
                if (!storiesByKey.TryGetValue(key, out var seen))
                {
                    seen = [];
                    storiesByKey[key] = seen;
                }

                seen.Add(story[page]);
            }
        }

        foreach (var (key, seen) in storiesByKey)
        {
            if (seen.Count >= needed)
            {
                template.Add(key);
            }
        }

        return template;
    }

    // Union-find over pages whose paragraph sets overlap by half or more (Jaccard); returns each page's story root.
    private static int[] Stories(List<HashSet<string>> keys)
    {
        var parent = Enumerable.Range(0, keys.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        for (var a = 0; a < keys.Count; a++)
        {
            for (var b = a + 1; b < keys.Count; b++)
            {
                if (Find(a) != Find(b) && Overlap(keys[a], keys[b]) >= SameStoryOverlap)
                {
                    parent[Find(b)] = Find(a);
                }
            }
        }

        return Enumerable.Range(0, keys.Count).Select(Find).ToArray();
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        var union = a.Count + b.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }
}
