namespace Parallax.Language.Quotes.Tagging;

/// <summary>
/// Labels a paragraph's tokens left to right, each with the best-scoring <see cref="SpanLabels"/> label that may
/// follow the one chosen before it. Training runs the same pass and updates the weights at each wrong token before
/// going on, as the entity tagger's decoder does.
/// </summary>
internal static class GreedySpanDecoder
{
    /// <summary>The labels of the lattice's tokens.</summary>
    public static int[] Decode(LabelLattice lattice)
    {
        var labels = new int[lattice.Length];
        var previous = SpanLabels.Outside;
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = Best(lattice, i, previous);
            previous = labels[i];
        }

        return labels;
    }

    /// <summary>Labels <paramref name="length"/> tokens and learns from each error as it is made; returns the labels chosen.</summary>
    public static int[] Learn(int length, ITokenFeatures source, SpanTaggerLearner learner, int[] gold)
    {
        var labels = new int[length];
        var observed = new List<ulong>(64);
        var joined = new List<ulong>(8);
        var previous = SpanLabels.Outside;
        for (var i = 0; i < length; i++)
        {
            observed.Clear();
            joined.Clear();
            source.AddObserved(i, observed);
            source.AddTransition(i, joined);
            var lattice = new LabelLattice(1, learner.LabelCount);
            learner.Current.Labels.Score(observed, lattice.LabelScores(0));
            learner.Current.Pairs.Score(joined, lattice.PairScores(0));
            var guess = Best(lattice, 0, previous);
            learner.Tick(1);
            if (gold[i] != guess)
            {
                learner.UpdateLabels(observed, gold[i], guess);
                learner.UpdatePairs(joined, previous, gold[i], previous, guess);
            }

            labels[i] = guess;
            previous = guess;
        }

        return labels;
    }

    private static int Best(LabelLattice lattice, int i, int previous)
    {
        var best = SpanLabels.Outside;
        var bestScore = lattice.Score(i, previous, best);
        for (var l = 1; l < lattice.Labels; l++)
        {
            var score = lattice.Score(i, previous, l);
            if (SpanLabels.Allowed(previous, l) && score > bestScore)
            {
                best = l;
                bestScore = score;
            }
        }

        return best;
    }
}
