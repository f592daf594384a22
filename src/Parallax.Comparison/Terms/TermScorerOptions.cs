namespace Parallax.Comparison.Terms;

/// <summary>Settings of <see cref="TermScorer"/>.</summary>
public sealed record TermScorerOptions
{
    /// <summary>The defaults: ten terms per outlet, z ≥ 1.96, the story's own counts as the prior, bigrams on.</summary>
    public static TermScorerOptions Default { get; } = new();

    /// <summary>The most terms kept per outlet, highest z-score first.</summary>
    public int MaxTermsPerOutlet { get; init; } = 10;

    /// <summary>
    /// The least z-score a term needs: 1.96 is the 5% two-sided (2.5% one-sided) normal critical value, the threshold
    /// Monroe et al. read their z-scores against; only over-use (positive z) is ever reported.
    /// </summary>
    public double MinZScore { get; init; } = 1.96;

    /// <summary>
    /// The prior's weight relative to the story's counts: each word's pseudo-count is this times its count over
    /// the whole story (1 = a prior as strong as the data, the usual choice for a corpus-derived prior).
    /// </summary>
    public double PriorScale { get; init; } = 1.0;

    /// <summary>
    /// Optional background counts (e.g. from a reference corpus of news) that smooth the prior, keyed by the
    /// lowercase word or by two lowercase words joined by one space. With them a term's prior becomes
    /// <c>PriorScale × (story count + BackgroundWeight × story total × background share)</c>, so a word the background
    /// deems common needs more evidence to stand out.
    /// </summary>
    public IReadOnlyDictionary<string, int>? BackgroundCounts { get; init; }

    /// <summary>How much the background weighs against the story's own counts in the prior (1 = as much).</summary>
    public double BackgroundWeight { get; init; } = 1.0;

    /// <summary>Whether pairs of adjacent content words are scored besides single words.</summary>
    public bool IncludeBigrams { get; init; } = true;
}
