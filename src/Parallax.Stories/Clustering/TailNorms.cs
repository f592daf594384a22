namespace Parallax.Stories.Clustering;

/// <summary>
/// For an article's weights in order (heaviest first), the norm of the weights from every <see cref="Step"/>-th
/// position on: by Cauchy–Schwarz, what the keys from there can still add to a dot product with a centroid is at most
/// that norm times the centroid's, which lets a comparison stop once the story cannot be chosen. Reused from article
/// to article by the sequential step; not thread-safe.
/// </summary>
internal sealed class TailNorms
{
    /// <summary>How many keys lie between two checks of the bound.</summary>
    public const int Step = 8;

    private double[] norms = new double[64];
    private int count;

    /// <summary>The norm of weights [k · <see cref="Step"/>, end) at k, for the weights last computed.</summary>
    public ReadOnlySpan<double> Norms => norms.AsSpan(0, count);

    /// <summary>Works out the norms of <paramref name="weights"/>' tails, forgetting those of the weights before.</summary>
    public void Compute(ReadOnlySpan<double> weights)
    {
        count = (weights.Length + Step - 1) / Step;
        if (norms.Length < count)
        {
            norms = new double[Math.Max(count, norms.Length * 2)];
        }

        var squares = 0.0;
        for (var i = weights.Length - 1; i >= 0; i--)
        {
            squares += weights[i] * weights[i];
            if (i % Step == 0)
            {
                norms[i / Step] = Math.Sqrt(squares);
            }
        }
    }
}
