namespace Parallax.Language.Quotes.Tagging;

/// <summary>
/// Finds the best-scoring label sequence of a paragraph among those <see cref="SpanLabels.Allowed"/> permits (an
/// Inside label only after a label of its own role), by first-order Viterbi. Training is the structured perceptron
/// (Collins 2002): decode the whole paragraph, then reward the gold sequence's features and penalise the decoded
/// one's where they differ, so no token learns from labels the tagger itself chose before it.
/// </summary>
internal static class ViterbiSpanDecoder
{
    /// <summary>The best legal labels of the lattice's tokens; of equal scores, the lower label.</summary>
    public static int[] Decode(LabelLattice lattice)
    {
        var n = lattice.Length;
        var labels = lattice.Labels;
        var path = new int[n];
        if (n == 0)
        {
            return path;
        }

        var best = new float[n * labels];
        var back = new int[n * labels];
        for (var l = 0; l < labels; l++)
        {
            best[l] = SpanLabels.Allowed(SpanLabels.Outside, l) ? lattice.Score(0, SpanLabels.Outside, l) : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var l = 0; l < labels; l++)
            {
                var top = float.NegativeInfinity;
                var from = SpanLabels.Outside;
                for (var p = 0; p < labels; p++)
                {
                    var before = best[((i - 1) * labels) + p];
                    if (before == float.NegativeInfinity || !SpanLabels.Allowed(p, l))
                    {
                        continue;
                    }

                    var score = before + lattice.Score(i, p, l);
                    if (score > top)
                    {
                        top = score;
                        from = p;
                    }
                }

                best[(i * labels) + l] = top;
                back[(i * labels) + l] = from;
            }
        }

        var last = SpanLabels.Outside;
        for (var l = 1; l < labels; l++)
        {
            if (best[((n - 1) * labels) + l] > best[((n - 1) * labels) + last])
            {
                last = l;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            path[i] = last;
            last = back[(i * labels) + last];
        }

        return path;
    }

    /// <summary>Decodes <paramref name="length"/> tokens with the weights as they stand and learns from the difference to <paramref name="gold"/>; returns the labels decoded.</summary>
    public static int[] Learn(int length, ITokenFeatures source, SpanTaggerLearner learner, int[] gold)
    {
        var guess = Decode(LabelLattice.Of(length, source, learner.Current));
        learner.Tick(length);
        var features = new List<ulong>(64);
        for (var i = 0; i < length; i++)
        {
            if (gold[i] != guess[i])
            {
                features.Clear();
                source.AddObserved(i, features);
                learner.UpdateLabels(features, gold[i], guess[i]);
            }

            var goldPrevious = i > 0 ? gold[i - 1] : SpanLabels.Outside;
            var guessPrevious = i > 0 ? guess[i - 1] : SpanLabels.Outside;
            if (gold[i] != guess[i] || goldPrevious != guessPrevious)
            {
                features.Clear();
                source.AddTransition(i, features);
                learner.UpdatePairs(features, goldPrevious, gold[i], guessPrevious, guess[i]);
            }
        }

        return guess;
    }
}
