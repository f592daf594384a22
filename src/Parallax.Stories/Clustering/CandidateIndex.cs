namespace Parallax.Stories.Clustering;

/// <summary>
/// An inverted index from terms to the stories they characterise, so an article is compared only with stories that
/// share one of its top terms instead of with every story.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly Dictionary<string, List<int>> postings = new(StringComparer.Ordinal);
    private readonly List<HashSet<string>> indexed = [];
    private readonly List<int> seenStamp = [];
    private int stamp;

    /// <summary>Indexes story <paramref name="story"/> under the given terms (terms already indexed for it are skipped).</summary>
    public void Add(int story, IEnumerable<string> terms)
    {
        while (indexed.Count <= story)
        {
            indexed.Add(new HashSet<string>(StringComparer.Ordinal));
            seenStamp.Add(0);
        }

        foreach (var term in terms)
        {
            if (indexed[story].Add(term))
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    list = [];
                    postings[term] = list;
                }

                list.Add(story);
            }
        }
    }

    /// <summary>The stories indexed under any of the terms, in ascending story order, each once.</summary>
    public List<int> Candidates(IEnumerable<string> terms)
    {
        stamp++;
        var found = new List<int>();
        foreach (var term in terms)
        {
            if (!postings.TryGetValue(term, out var list))
            {
                continue;
            }

            foreach (var story in list)
            {
                if (seenStamp[story] != stamp)
                {
                    seenStamp[story] = stamp;
                    found.Add(story);
                }
            }
        }

        found.Sort();
        return found;
    }
}
