namespace Parallax.Comparison.Summary;

/// <summary>How <see cref="SummaryBuilder"/> chooses the sentences of a summary.</summary>
public enum SummarySelection
{
    /// <summary>
    /// Lin and Bilmes's (2011) submodular coverage and diversity, by their budgeted greedy algorithm, within a word budget.
    /// </summary>
    Submodular,

    /// <summary>
    /// Gillick and Favre's (2009) concept coverage (ICSISumm), solved exactly: the sentences whose word pairs are used
    /// by the most documents, within a word budget.
    /// </summary>
    ConceptCoverage,

    /// <summary>
    /// Maximal marginal relevance over facts scored by outlet share and centrality, up to a number of lines.
    /// </summary>
    MarginalRelevance,
}
