using Parallax.Comparison.Text;

namespace Parallax.Comparison.Summary;

/// <summary>
/// Gillick and Favre's (2009) selection: the wordings that together cover the most valuable
/// <see cref="BigramConcepts"/> within the word budget, at most one wording per fact, found exactly by
/// <see cref="ConceptCoverSolver"/>. Redundancy is controlled by the objective itself: a concept counts once however
/// many chosen sentences repeat it.
/// </summary>
internal static class ConceptCoverageSelection
{
    /// <summary>The chosen wordings, empty when no wording holds a concept.</summary>
    public static List<FactWording> Select(StoryCorpus corpus, IReadOnlyList<FactWording> wordings, SummaryOptions options)
    {
        var concepts = BigramConcepts.Build(corpus, options.MinConceptDocuments);
        var items = new List<CoverItem>(wordings.Count);
        for (var i = 0; i < wordings.Count; i++)
        {
            var profile = wordings[i].Profile;
            items.Add(new CoverItem(i, profile.WordCount, concepts.In(profile), wordings[i].FactIndex));
        }

        return [.. ConceptCoverSolver.Solve(items, concepts.Weights, options.WordBudget).Select(i => wordings[i])];
    }
}
