namespace Parallax.Comparison.Summary;

/// <summary>
/// Solves Gillick and Favre's (2009) integer program exactly: choose sentences to maximise the summed weight of the
/// concepts they cover (each concept counted once) with their total length within a budget, and at most one sentence
/// of each group (the wordings of one fact). Depth-first branch and bound: items are tried in order of weight per
/// word, and a branch is cut when the fractional knapsack over the remaining items' marginal gains cannot beat the
/// best summary found. That bound is valid because coverage is submodular: what a set of sentences adds is at most
/// the sum of what each adds alone. A search that visits more than <see cref="MaxNodes"/> nodes stops with the best
/// summary found so far, so that a very large story cannot stall the report.
/// </summary>
internal sealed class ConceptCoverSolver
{
    /// <summary>The most search nodes visited: about 70 times the most a DUC 2004 cluster needed (27,259).</summary>
    public const int MaxNodes = 2_000_000;

    private readonly CoverItem[] items;
    private readonly int[] weights;
    private readonly int[] covered;
    private readonly HashSet<int> usedGroups = [];
    private readonly List<int> current = [];
    private readonly double[] ratioScratch;
    private readonly int[] orderScratch;
    private int best = -1;
    private int[] bestSet = [];
    private int value;
    private int nodes;

    private ConceptCoverSolver(IReadOnlyList<CoverItem> items, IReadOnlyList<int> weights)
    {
        this.weights = [.. weights];
        covered = new int[weights.Count];
        var all = new List<CoverItem>(items);
        all.RemoveAll(i => i.Concepts.Sum(c => this.weights[c]) == 0);

        // Highest weight per word first, so that good summaries are found early and the bound cuts more.
        this.items = [.. all.OrderByDescending(i => (double)i.Concepts.Sum(c => this.weights[c]) / i.Length).ThenBy(i => i.Id)];
        ratioScratch = new double[this.items.Length];
        orderScratch = new int[this.items.Length];
    }

    /// <summary>The ids of the items of an optimal selection (ties go to the first found, in a fixed order).</summary>
    /// <param name="items">The candidate sentences: id, length in words, concept indexes (distinct), group.</param>
    /// <param name="weights">The weight of each concept.</param>
    /// <param name="budget">The largest total length.</param>
    public static IReadOnlyList<int> Solve(IReadOnlyList<CoverItem> items, IReadOnlyList<int> weights, int budget)
    {
        var solver = new ConceptCoverSolver(items, weights);
        solver.Search(0, budget);
        return solver.bestSet;
    }

    private void Search(int position, int remaining)
    {
        if (value > best)
        {
            best = value;
            bestSet = [.. current];
        }

        if (position >= items.Length || ++nodes > MaxNodes || value + Bound(position, remaining) <= best)
        {
            return;
        }

        var item = items[position];
        var gain = Gain(item);
        if (item.Length <= remaining && gain > 0 && !usedGroups.Contains(item.Group))
        {
            Apply(item, +1);
            usedGroups.Add(item.Group);
            current.Add(item.Id);
            value += gain;
            Search(position + 1, remaining - item.Length);
            value -= gain;
            current.RemoveAt(current.Count - 1);
            usedGroups.Remove(item.Group);
            Apply(item, -1);
        }

        Search(position + 1, remaining);
    }

    /// <summary>The fractional knapsack over the marginal gains of the items from <paramref name="position"/> on.</summary>
    private double Bound(int position, int remaining)
    {
        var count = 0;
        for (var i = position; i < items.Length; i++)
        {
            var item = items[i];
            if (item.Length > remaining || usedGroups.Contains(item.Group))
            {
                continue;
            }

            var gain = Gain(item);
            if (gain > 0)
            {
                ratioScratch[count] = -(double)gain / item.Length;
                orderScratch[count++] = i;
            }
        }

        Array.Sort(ratioScratch, orderScratch, 0, count);
        double bound = 0;
        for (var k = 0; k < count && remaining > 0; k++)
        {
            var item = items[orderScratch[k]];
            var take = Math.Min(remaining, item.Length);
            bound += -ratioScratch[k] * take;
            remaining -= take;
        }

        return bound;
    }

    private int Gain(CoverItem item)
    {
        var gain = 0;
        foreach (var concept in item.Concepts)
        {
            if (covered[concept] == 0)
            {
                gain += weights[concept];
            }
        }

        return gain;
    }

    private void Apply(CoverItem item, int delta)
    {
        foreach (var concept in item.Concepts)
        {
            covered[concept] += delta;
        }
    }
}
