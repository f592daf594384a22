using Parallax.Stories.Clustering;

namespace Parallax.Stories.Storylines;

/// <summary>
/// Links stories into storylines by single link: two stories join when their centroids reach the storyline
/// threshold and, when both are dated, lie within the storyline window. Candidates come from an inverted index
/// over each story's top centroid terms.
/// </summary>
internal sealed class StorylineLinker(StoryDetectorOptions options)
{
    /// <summary>For each story (in creation order), the index of the first story of its storyline.</summary>
    public int[] Link(IReadOnlyList<StoryCluster> stories)
    {
        var parent = new int[stories.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        var index = new CandidateIndex();
        for (var i = 0; i < stories.Count; i++)
        {
            var story = stories[i];
            var top = story.Terms.TopKeys(options.IndexTerms);
            foreach (var j in index.Candidates(top))
            {
                var other = stories[j];
                if (WithinWindow(story, other)
                    && Similarity.Of(story, other, options.NameWeight) >= options.StorylineThreshold)
                {
                    Union(parent, i, j);
                }
            }

            index.Add(i, top);
        }

        var roots = new int[stories.Count];
        for (var i = 0; i < roots.Length; i++)
        {
            roots[i] = Find(parent, i);
        }

        return roots;
    }

    private bool WithinWindow(StoryCluster later, StoryCluster earlier)
    {
        if (later.FirstTime is not { } laterStart || earlier.LastTime is not { } earlierEnd
            || earlier.FirstTime is not { } earlierStart || later.LastTime is not { } laterEnd)
        {
            return true;
        }

        var gap = laterStart > earlierEnd ? laterStart - earlierEnd : earlierStart > laterEnd ? earlierStart - laterEnd : TimeSpan.Zero;
        return gap <= options.StorylineWindow;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    // The smaller index becomes the root, so a storyline is named after its first story.
    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra == rb)
        {
            return;
        }

        if (ra < rb)
        {
            parent[rb] = ra;
        }
        else
        {
            parent[ra] = rb;
        }
    }
}
