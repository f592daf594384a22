namespace Parallax.Comparison.Terms;

/// <summary>Settings of <see cref="TermScorer"/>.</summary>
public sealed record TermScorerOptions
{
    /// <summary>The defaults: ten terms per outlet, one-sided z ≥ 1.645, a tenth of the story's counts as the prior, bigrams on.</summary>
    public static TermScorerOptions Default { get; } = new();

    /// <summary>The most terms kept per outlet, highest z-score first.</summary>
    public int MaxTermsPerOutlet { get; init; } = 10;

    /// <summary>
    /// The least z-score a term needs. Only over-use is ever asked about, so the test is one-sided: 1.645 is the 5%
    /// one-sided normal critical value (Monroe et al. read theirs two-sided, 1.96, over corpora thousands of times
    /// larger than one story).
    /// </summary>
    public double MinZScore { get; init; } = 1.645;

    /// <summary>
    /// The prior's weight relative to the story's counts: each word's pseudo-count is this times its count over
    /// the whole story. A prior as strong as the data (1) shrinks every estimate of a few-hundred-word article so
    /// far that no word can stand out: on a three-outlet story none reached even z = 1.645. A tenth keeps the
    /// prior informative (words common in the story still need more evidence) while letting repeated over-use show.
    /// </summary>
    public double PriorScale { get; init; } = 0.1;

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
