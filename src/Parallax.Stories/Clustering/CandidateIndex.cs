namespace Parallax.Stories.Clustering;

/// <summary>
/// An inverted index from terms (their numbers in the stream's term table) to the groups (stories, storylines) they
/// characterise, so an article is compared only with groups that share one of its top terms instead of with every
/// group. Groups leave it when they leave the time window, so its size follows the window, not the stream.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly Dictionary<int, HashSet<int>> postings = [];
    private readonly Dictionary<int, double> scores = [];
    private readonly List<KeyValuePair<int, double>> best = [];

    /// <summary>Indexes group <paramref name="group"/> under the terms not yet in <paramref name="indexed"/>, and adds them there.</summary>
    public void Add(int group, IEnumerable<int> terms, HashSet<int> indexed)
    {
        foreach (var term in terms)
        {
            Add(group, term, indexed);
        }
    }

    /// <summary>
    /// Adds the terms of <paramref name="terms"/> as <see cref="Add(int, IEnumerable{int}, HashSet{int})"/> does,
    /// read from a span: an article's terms reach the index with every article, so they are not boxed as an enumerable.
    /// </summary>
    public void Add(int group, ReadOnlySpan<int> terms, HashSet<int> indexed)
    {
        foreach (var term in terms)
        {
            Add(group, term, indexed);
        }
    }

    private void Add(int group, int term, HashSet<int> indexed)
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

    /// <summary>Takes group <paramref name="group"/> out of the index (its terms are the ones it was indexed under).</summary>
    public void Remove(int group, IEnumerable<int> indexed)
    {
        foreach (var term in indexed)
        {
            if (postings.TryGetValue(term, out var set) && set.Remove(group) && set.Count == 0)
            {
                postings.Remove(term);
            }
        }
    }

    /// <summary>
    /// The at most <paramref name="limit"/> groups that share the most of the terms, in ascending order; when
    /// <paramref name="ranked"/>, earlier terms count more (term i of n counts n − i), else each counts 1. Bounds the
    /// full comparisons an article or story costs when many groups in the window share its common terms.
    /// </summary>
    public List<int> Candidates(IEnumerable<int> terms, int limit, bool ranked)
    {
        scores.Clear();
        var list = terms as IReadOnlyList<int> ?? [.. terms];
        for (var i = 0; i < list.Count; i++)
        {
            if (postings.TryGetValue(list[i], out var set))
            {
                var weight = ranked ? list.Count - i : 1;
                foreach (var group in set)
                {
                    scores[group] = scores.GetValueOrDefault(group) + weight;
                }
            }
        }

        best.Clear();
        best.AddRange(scores);
        if (best.Count > limit)
        {
            best.Sort(static (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
            best.RemoveRange(limit, best.Count - limit);
        }

        var found = best.ConvertAll(static pair => pair.Key);
        found.Sort();
        return found;
    }
}
