namespace Parallax.Comparison.Summary;

/// <summary>What <see cref="SummaryBuilder"/> selects and how long the summary may be.</summary>
public sealed record SummaryOptions
{
    /// <summary>The options the report uses.</summary>
    public static SummaryOptions Default { get; } = new();

    /// <summary>
    /// The selection method: by default Gillick and Favre's concept coverage, solved exactly, which on DUC 2004 scores
    /// as high as Lin and Bilmes's submodular selection on ROUGE-1 and higher on ROUGE-2 (see docs/summary-eval.md).
    /// </summary>
    public SummarySelection Selection { get; init; } = SummarySelection.ConceptCoverage;

    /// <summary>
    /// The most words coverage selections may use (100: DUC 2004's length for multi-document summaries, about four or five
    /// news sentences).
    /// </summary>
    public int WordBudget { get; init; } = 100;

    /// <summary>
    /// How many documents must use a word pair for it to count as a concept: 3, Gillick and Favre's setting for
    /// clusters of 10 documents. A story with fewer documents needs the pair in all of them.
    /// </summary>
    public int MinConceptDocuments { get; init; } = 3;

    /// <summary>The most lines marginal relevance writes (about 5–8 reads well).</summary>
    public int MaxSentences { get; init; } = 6;

    /// <summary>The weight of relevance (1) against novelty (0) in marginal relevance, 0..1.</summary>
    public double Lambda { get; init; } = 0.7;
}
