namespace Parallax.Stories.Clustering;

/// <summary>
/// An inverted index from terms (their numbers in the stream's term table) to the groups (stories, storylines) they
/// characterise, so an article is compared only with groups that share one of its top terms instead of with every
/// group. Groups leave it when they leave the time window, so its size follows the window, not the stream.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly Dictionary<int, HashSet<int>> postings = [];
    private readonly List<KeyValuePair<int, double>> best = [];

    // A group's score by its number while candidates are gathered (0: not met), and the groups met, in the order
    // met: an article adds to a score per group per shared term, thousands of times, so this is an array, not a
    // dictionary to clear. Groups are numbered from 0 (stories, storylines), so it grows with the highest number.
    private readonly List<int> met = [];
    private double[] scoreOf = new double[64];

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
        ArgumentOutOfRangeException.ThrowIfNegative(group);
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
        Gather(terms, ranked);
        if (best.Count > limit)
        {
            best.Sort(default(MostSharedFirst));
            best.RemoveRange(limit, best.Count - limit);
        }

        var found = Groups();
        found.Sort();
        return found;
    }

    /// <summary>
    /// The groups of <see cref="Candidates"/>, the one sharing the most first (of equal scores, the lower number
    /// first): the likeliest match comes early, so a comparison that stops once a group cannot beat the best so far
    /// stops sooner for the rest.
    /// </summary>
    public List<int> CandidatesMostSharedFirst(IEnumerable<int> terms, int limit, bool ranked)
    {
        Gather(terms, ranked);
        best.Sort(default(MostSharedFirst));
        if (best.Count > limit)
        {
            best.RemoveRange(limit, best.Count - limit);
        }

        return Groups();
    }

    /// <summary>Puts every group sharing a term with its score into <see cref="best"/>, in no particular order.</summary>
    private void Gather(IEnumerable<int> terms, bool ranked)
    {
        var list = terms as IReadOnlyList<int> ?? [.. terms];
        for (var i = 0; i < list.Count; i++)
        {
            if (postings.TryGetValue(list[i], out var set))
            {
                var weight = ranked ? list.Count - i : 1;
                foreach (var group in set)
                {
                    AddScore(group, weight);
                }
            }
        }

        // Scores are sums of whole numbers (exact), and the orders used are total: the order groups were met in
        // does not change any result.
        best.Clear();
        foreach (var group in met)
        {
            best.Add(new KeyValuePair<int, double>(group, scoreOf[group]));
            scoreOf[group] = 0;
        }

        met.Clear();
    }

    private List<int> Groups()
    {
        var found = new List<int>(best.Count);
        foreach (var pair in best)
        {
            found.Add(pair.Key);
        }

        return found;
    }

    private void AddScore(int group, int weight)
    {
        if (group >= scoreOf.Length)
        {
            Array.Resize(ref scoreOf, Math.Max(group + 1, scoreOf.Length * 2));
        }

        ref var score = ref scoreOf[group];
        if (score == 0)
        {
            met.Add(group);
        }

        score += weight;
    }

    /// <summary>Highest score first, then the lower group number; a struct so the sort calls it directly.</summary>
    private readonly struct MostSharedFirst : IComparer<KeyValuePair<int, double>>
    {
        public int Compare(KeyValuePair<int, double> a, KeyValuePair<int, double> b) =>
            a.Value != b.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key);
    }
}
