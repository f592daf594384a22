using Parallax.Comparison.Text;

namespace Parallax.Comparison.Summary;

/// <summary>
/// The earlier selection, kept as an option: facts are scored by how many outlets carry them and how central their
/// wording is to the story (less a penalty per loaded word), and maximal marginal relevance picks up to
/// <see cref="SummaryOptions.MaxSentences"/> of them without repeating each other.
/// </summary>
internal static class MarginalRelevanceSelection
{
    private const double LoadedPenalty = 0.1;

    /// <summary>The chosen wordings, one per fact.</summary>
    public static List<FactWording> Select(StoryCorpus corpus, IReadOnlyList<FactWording> wordings, SummaryOptions options)
    {
        var maxCentrality = corpus.Profiles.Where(SentenceEligibility.IsEligible).Select(p => corpus.Centrality(p.Order)).DefaultIfEmpty(0).Max();
        var maxSources = wordings.Max(w => w.Fact.Sources.Length);
        var candidates = new List<(FactWording Wording, double Relevance)>();
        foreach (var fact in wordings.GroupBy(w => w.FactIndex))
        {
            // Of a fact's equally neutral wordings, the most central.
            var best = fact.MaxBy(w => corpus.Centrality(w.Profile.Order))!;
            var centrality = corpus.Centrality(best.Profile.Order);
            var relevance = (0.6 * best.Fact.Sources.Length / maxSources)
                + (maxCentrality > 0 ? 0.4 * centrality / maxCentrality : 0)
                - (LoadedPenalty * LoadedTerms.Count(best.Profile.Words));
            candidates.Add((best, relevance));
        }

        var chosen = new List<FactWording>();
        while (chosen.Count < options.MaxSentences && candidates.Count > 0)
        {
            var bestIndex = 0;
            var bestScore = double.NegativeInfinity;
            for (var i = 0; i < candidates.Count; i++)
            {
                double redundancy = 0;
                foreach (var c in chosen)
                {
                    redundancy = Math.Max(redundancy, corpus.Similarity(candidates[i].Wording.Profile.Order, c.Profile.Order));
                }

                var score = (options.Lambda * candidates[i].Relevance) - ((1 - options.Lambda) * redundancy);
                if (score > bestScore)
                {
                    bestScore = score;
                    bestIndex = i;
                }
            }

            chosen.Add(candidates[bestIndex].Wording);
            candidates.RemoveAt(bestIndex);
        }

        return chosen;
    }
}
