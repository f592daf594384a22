namespace Parallax.Comparison.Terms;

/// <summary>
/// The log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008, "Fightin' Words",
/// eq. 16 and 18-20): how much more group <c>i</c> uses a word than group <c>j</c>, shrunk towards the prior and
/// divided by its approximate standard deviation.
/// </summary>
public static class InformativeDirichletLogOdds
{
    /// <summary>
    /// The z-score of a word: <c>δ / sqrt(σ²)</c> with
    /// <c>δ = log((yᵢ + α) / (nᵢ + α₀ − yᵢ − α)) − log((yⱼ + α) / (nⱼ + α₀ − yⱼ − α))</c> and
    /// <c>σ² ≈ 1 / (yᵢ + α) + 1 / (yⱼ + α)</c>. Positive when group <c>i</c> over-uses the word.
    /// </summary>
    /// <param name="countI">How often group <c>i</c> uses the word (<c>yᵢ</c>).</param>
    /// <param name="totalI">Group <c>i</c>'s total word count (<c>nᵢ</c>).</param>
    /// <param name="countJ">How often group <c>j</c> uses the word (<c>yⱼ</c>).</param>
    /// <param name="totalJ">Group <c>j</c>'s total word count (<c>nⱼ</c>).</param>
    /// <param name="alpha">The word's prior pseudo-count (<c>α_w</c>), positive.</param>
    /// <param name="alphaTotal">The prior's pseudo-counts summed over the vocabulary (<c>α₀</c>).</param>
    public static double ZScore(double countI, double totalI, double countJ, double totalJ, double alpha, double alphaTotal)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(alpha);
        ArgumentOutOfRangeException.ThrowIfLessThan(alphaTotal, alpha);
        var delta = Math.Log((countI + alpha) / (totalI + alphaTotal - countI - alpha))
            - Math.Log((countJ + alpha) / (totalJ + alphaTotal - countJ - alpha));
        var variance = (1.0 / (countI + alpha)) + (1.0 / (countJ + alpha));
        return delta / Math.Sqrt(variance);
    }
}
