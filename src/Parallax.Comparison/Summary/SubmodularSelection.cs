using Parallax.Comparison.Text;
using Parallax.Language.Stemming;
using StopWords = Parallax.Comparison.Text.StopWords;

namespace Parallax.Comparison.Summary;

/// <summary>
/// Lin and Bilmes's (2011) selection: maximise f(S) = L(S) + λR(S) by their budgeted greedy algorithm. Coverage
/// L(S) = Σᵢ min(Cᵢ(S), α·Cᵢ(V)), where Cᵢ(S) sums the TF-IDF cosine of story sentence i with the chosen ones, so a
/// sentence counts as covered once the summary is similar enough to it (saturation α). Diversity
/// R(S) = Σₖ √(Σ_{j ∈ S ∩ Pₖ} rⱼ) rewards taking sentences from different k-means clusters Pₖ of the story, rⱼ being
/// sentence j's mean similarity to the story. The greedy step adds the wording with the largest gain per
/// (length)ʳ that still fits the budget, and the result is compared with the best single sentence.
/// Settings are the paper's for DUC 2004, chosen there on DUC 2003: α = 5/N, λ = 6, K = 0.2N clusters (N sentences),
/// and r = 0.3 (Lin and Bilmes 2010).
/// </summary>
internal static class SubmodularSelection
{
    private const double SaturationPerSentence = 5;
    private const double DiversityWeight = 6;
    private const double ClustersPerSentence = 0.2;
    private const double CostScale = 0.3;

    /// <summary>The chosen wordings, at most one per fact, within the word budget.</summary>
    public static List<FactWording> Select(StoryCorpus corpus, IReadOnlyList<FactWording> wordings, SummaryOptions options)
    {
        var story = corpus.Profiles.Where(p => !corpus.IsRelated(p)).ToList();
        var vectors = TfIdfVectors(story);
        var n = story.Count;
        var indexOfOrder = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            indexOfOrder[story[i].Order] = i;
        }

        var candidates = new List<(FactWording Wording, double[] Similarities, int Cluster, double Reward)>();
        var clusters = SphericalKMeans.Cluster(vectors, (int)Math.Ceiling(ClustersPerSentence * n));
        foreach (var wording in wordings)
        {
            if (!indexOfOrder.TryGetValue(wording.Profile.Order, out var j) || vectors[j].Count == 0)
            {
                continue;
            }

            var similarities = new double[n];
            for (var i = 0; i < n; i++)
            {
                similarities[i] = Dot(vectors[i], vectors[j]);
            }

            candidates.Add((wording, similarities, clusters[j], similarities.Sum() / n));
        }

        // Cᵢ(V): the similarity of each story sentence to the whole story.
        var saturation = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                saturation[i] += Dot(vectors[i], vectors[j]);
            }

            saturation[i] *= SaturationPerSentence / n;
        }

        var coverage = new double[n];
        var clusterReward = new double[clusters.Length == 0 ? 1 : clusters.Max() + 1];
        var chosen = new List<FactWording>();
        var usedFacts = new HashSet<int>();
        var length = 0;
        double value = 0;
        while (true)
        {
            // The paper's loop also visits wordings that no longer fit, only to drop them: a wording that does not fit
            // now never will, and leaving it out does not change which wording is added next.
            var best = -1;
            double bestRatio = double.NegativeInfinity, bestGain = 0;
            for (var c = 0; c < candidates.Count; c++)
            {
                var wording = candidates[c].Wording;
                if (length + wording.Profile.WordCount > options.WordBudget || usedFacts.Contains(wording.FactIndex))
                {
                    continue;
                }

                var gain = Gain(candidates[c].Similarities, candidates[c].Cluster, candidates[c].Reward, coverage, saturation, clusterReward);
                var ratio = gain / Math.Pow(wording.Profile.WordCount, CostScale);
                if (ratio > bestRatio)
                {
                    (best, bestRatio, bestGain) = (c, ratio, gain);
                }
            }

            if (best < 0)
            {
                break;
            }

            var (added, similarities, cluster, reward) = candidates[best];
            for (var i = 0; i < n; i++)
            {
                coverage[i] += similarities[i];
            }

            clusterReward[cluster] += reward;
            usedFacts.Add(added.FactIndex);
            chosen.Add(added);
            length += added.Profile.WordCount;
            value += bestGain;
        }

        // The greedy result, or the single sentence worth more than it (the algorithm's guarantee needs this check).
        var single = candidates
            .Where(c => c.Wording.Profile.WordCount <= options.WordBudget)
            .Select(c => (c.Wording, Value: Gain(c.Similarities, c.Cluster, c.Reward, new double[n], saturation, new double[clusterReward.Length])))
            .DefaultIfEmpty()
            .MaxBy(c => c.Value);
        return single.Wording is not null && single.Value > value ? [single.Wording] : chosen;
    }

    private static double Gain(double[] similarities, int cluster, double reward, double[] coverage, double[] saturation, double[] clusterReward)
    {
        double gain = 0;
        for (var i = 0; i < similarities.Length; i++)
        {
            gain += Math.Min(coverage[i] + similarities[i], saturation[i]) - Math.Min(coverage[i], saturation[i]);
        }

        return gain + (DiversityWeight * (Math.Sqrt(clusterReward[cluster] + reward) - Math.Sqrt(clusterReward[cluster])));
    }

    /// <summary>Unit-length TF-IDF vectors of Porter-stemmed content words (<see cref="SelectionTokens"/>), IDF over the story's sentences.</summary>
    private static List<Dictionary<string, double>> TfIdfVectors(List<SentenceProfile> story)
    {
        var counts = new List<Dictionary<string, double>>(story.Count);
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var profile in story)
        {
            var tf = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var token in SelectionTokens.Of(profile))
            {
                if (!StopWords.Contains(token))
                {
                    var stem = PorterStemmer.Stem(token);
                    tf[stem] = tf.GetValueOrDefault(stem) + 1;
                }
            }

            foreach (var term in tf.Keys)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }

            counts.Add(tf);
        }

        foreach (var tf in counts)
        {
            double norm = 0;
            foreach (var term in tf.Keys.ToList())
            {
                tf[term] *= Math.Log((double)story.Count / documentFrequency[term]);
                norm += tf[term] * tf[term];
            }

            foreach (var term in tf.Keys.ToList())
            {
                tf[term] = norm == 0 ? 0 : tf[term] / Math.Sqrt(norm);
            }
        }

        return counts;
    }

    private static double Dot(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        double dot = 0;
        foreach (var (term, weight) in a)
        {
            dot += weight * b.GetValueOrDefault(term);
        }

        return dot;
    }
}
