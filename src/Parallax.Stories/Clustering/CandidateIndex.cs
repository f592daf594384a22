namespace Parallax.Stories.Clustering;

/// <summary>
/// An inverted index from terms to the groups (stories, storylines) they characterise, so an article is compared
/// only with groups that share one of its top terms instead of with every group. Groups leave it when they leave the
/// time window, so its size follows the window, not the stream.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly Dictionary<string, HashSet<int>> postings = new(StringComparer.Ordinal);
    private readonly HashSet<int> seen = [];
    private readonly Dictionary<int, double> scores = [];

    /// <summary>Indexes group <paramref name="group"/> under the terms not yet in <paramref name="indexed"/>, and adds them there.</summary>
    public void Add(int group, IEnumerable<string> terms, HashSet<string> indexed)
    {
        foreach (var term in terms)
        {
            if (indexed.Add(term))
            {
                if (!postings.TryGetValue(term, out var set))
                {
                    set = [];
                    postings[term] = set;
                }

                set.Add(group);
            }
        }
    }

    /// <summary>Takes group <paramref name="group"/> out of the index (its terms are the ones it was indexed under).</summary>
    public void Remove(int group, IEnumerable<string> indexed)
    {
        foreach (var term in indexed)
        {
            if (postings.TryGetValue(term, out var set) && set.Remove(group) && set.Count == 0)
            {
                postings.Remove(term);
            }
        }
    }

    /// <summary>The groups indexed under any of the terms, in ascending order, each once.</summary>
    public List<int> Candidates(IEnumerable<string> terms)
    {
        seen.Clear();
        var found = new List<int>();
        foreach (var term in terms)
        {
            if (postings.TryGetValue(term, out var set))
            {
                foreach (var group in set)
                {
                    if (seen.Add(group))
                    {
                        found.Add(group);
                    }
                }
            }
        }

        found.Sort();
        return found;
    }

    /// <summary>
    /// The at most <paramref name="limit"/> groups that share the most of the terms, earlier terms counting more
    /// (term i of n counts n − i), in ascending order. Bounds the full comparisons an article costs when many open
    /// groups share its common terms.
    /// </summary>
    public List<int> Candidates(IReadOnlyList<string> terms, int limit)
    {
        scores.Clear();
        for (var i = 0; i < terms.Count; i++)
        {
            if (postings.TryGetValue(terms[i], out var set))
            {
                var weight = terms.Count - i;
                foreach (var group in set)
                {
                    scores[group] = scores.GetValueOrDefault(group) + weight;
                }
            }
        }

        var ranked = scores.ToList();
        if (ranked.Count > limit)
        {
            ranked.Sort(static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
            ranked.RemoveRange(limit, ranked.Count - limit);
        }

        var found = ranked.ConvertAll(static pair => pair.Key);
        found.Sort();
        return found;
    }
}
