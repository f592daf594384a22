namespace Parallax.Language.Entities.Ner;

/// <summary>
/// Multiclass perceptron weights with averaging (Collins 2002), kept lazily: each weight remembers when it last
/// changed, so an update costs only the features involved. Rows (one weight per label) are added as features are
/// first updated. Not thread-safe; training is one sequential pass, so it is deterministic. The entity tagger uses
/// it with the <see cref="BilouLabels"/>, the attribution tagger with its own label sets.
/// </summary>
internal sealed class AveragedPerceptron : ILabelScorer
{
    private readonly int labels;
    private readonly Dictionary<ulong, int> rows = [];
    private float[] weights;
    private double[] totals;
    private int[] stamps;
    private int clock;

    /// <param name="labels">The number of labels each feature has a weight for.</param>
    public AveragedPerceptron(int labels = BilouLabels.Count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(labels, 2);
        this.labels = labels;
        weights = new float[labels * 4096];
        totals = new double[labels * 4096];
        stamps = new int[labels * 4096];
    }

    public int FeatureCount => rows.Count;

    public void Score(List<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var feature in features)
        {
            if (rows.TryGetValue(feature, out var row))
            {
                var cells = weights.AsSpan(row * labels, labels);
                for (var l = 0; l < labels; l++)
                {
                    scores[l] += cells[l];
                }
            }
        }
    }

    /// <summary>Counts one more training instance (every token, right or wrong).</summary>
    public void Tick() => clock++;

    /// <summary>Rewards <paramref name="truth"/> and penalises <paramref name="guess"/> for <paramref name="features"/>.</summary>
    public void Update(List<ulong> features, int truth, int guess)
    {
        foreach (var feature in features)
        {
            var row = RowOf(feature);
            Change((row * labels) + truth, 1);
            Change((row * labels) + guess, -1);
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weights of <paramref name="label"/> for <paramref name="features"/>.</summary>
    public void Add(List<ulong> features, int label, float delta)
    {
        foreach (var feature in features)
        {
            Change((RowOf(feature) * labels) + label, delta);
        }
    }

    /// <summary>The averaged weights so far.</summary>
    public NerWeights Average()
    {
        var keys = rows.Keys.Order().ToArray();
        var averaged = new float[keys.Length * labels];
        for (var k = 0; k < keys.Length; k++)
        {
            var index = rows[keys[k]];
            for (var l = 0; l < labels; l++)
            {
                var cell = (index * labels) + l;
                var total = totals[cell] + ((double)(clock - stamps[cell]) * weights[cell]);
                averaged[(k * labels) + l] = (float)(total / Math.Max(1, clock));
            }
        }

        return new NerWeights(keys, averaged, labels);
    }

    private void Change(int cell, float delta)
    {
        totals[cell] += (double)(clock - stamps[cell]) * weights[cell];
        stamps[cell] = clock;
        weights[cell] += delta;
    }

    private int RowOf(ulong feature)
    {
        if (rows.TryGetValue(feature, out var row))
        {
            return row;
        }

        row = rows.Count;
        rows.Add(feature, row);
        if ((row + 1) * labels > weights.Length)
        {
            Array.Resize(ref weights, weights.Length * 2);
            Array.Resize(ref totals, totals.Length * 2);
            Array.Resize(ref stamps, stamps.Length * 2);
        }

        return row;
    }
}
