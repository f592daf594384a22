using Parallax.Stories.Clustering;

namespace Parallax.Stories.Storylines;

/// <summary>
/// Groups stories into storylines the way articles are grouped into stories, one level up: in order, each story
/// joins the storyline whose centroid (over all its articles) is most similar, when that reaches the storyline
/// threshold and the gap in time is within the storyline window; otherwise it starts a storyline. Comparing with
/// the storyline's centroid rather than with any one story keeps unrelated subjects from chaining together.
/// Candidates come from an inverted index over the index terms of the stories' articles.
/// </summary>
internal sealed class StorylineLinker(StoryDetectorOptions options)
{
    /// <summary>For each story (in order), the index of the first story of its storyline.</summary>
    public int[] Link(IReadOnlyList<StoryCluster> stories)
    {
        var roots = new int[stories.Count];
        var lines = new List<StoryCluster>();
        var lineRoots = new List<int>();
        var index = new CandidateIndex();
        for (var i = 0; i < stories.Count; i++)
        {
            var story = stories[i];
            var top = story.Members.SelectMany(static m => m.IndexTerms).Distinct(StringComparer.Ordinal).ToArray();
            var best = -1;
            var bestSimilarity = 0.0;
            foreach (var candidate in index.Candidates(top))
            {
                var line = lines[candidate];
                if (!WithinWindow(story, line))
                {
                    continue;
                }

                var similarity = Similarity.Of(story, line, options);
                if (similarity >= options.StorylineThreshold && (best < 0 || similarity > bestSimilarity))
                {
                    best = candidate;
                    bestSimilarity = similarity;
                }
            }

            if (best < 0)
            {
                best = lines.Count;
                lines.Add(new StoryCluster(best));
                lineRoots.Add(i);
            }

            foreach (var member in story.Members)
            {
                lines[best].Add(member);
            }

            index.Add(best, top);
            roots[i] = lineRoots[best];
        }

        return roots;
    }

    private bool WithinWindow(StoryCluster story, StoryCluster line)
    {
        if (story.FirstTime is not { } storyStart || story.LastTime is not { } storyEnd
            || line.FirstTime is not { } lineStart || line.LastTime is not { } lineEnd)
        {
            return true;
        }

        var gap = storyStart > lineEnd ? storyStart - lineEnd : lineStart > storyEnd ? lineStart - storyEnd : TimeSpan.Zero;
        return gap <= options.StorylineWindow;
    }
}
