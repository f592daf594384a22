using System.Collections.Immutable;
using Parallax.Comparison.Facts;
using Parallax.Comparison.Text;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Summary;

/// <summary>
/// Fills <see cref="StoryReport.Summary"/> with a neutral extractive summary: each line is one source sentence,
/// verbatim, standing for one fact and citing every outlet and article that carries the fact. Facts are scored by
/// how many outlets carry them and how central their sentence is to the story; maximal marginal relevance keeps
/// the lines from repeating each other. Of a fact's wordings the most neutral (fewest evaluative or loaded words)
/// that can stand alone (see <see cref="SentenceEligibility"/>) is used. Lines are ordered by the story order of
/// the first article carrying the fact, then by where the fact stands in that article. Runs after
/// <see cref="FactAligner"/>; when the report has no facts it aligns them itself.
/// </summary>
public sealed class SummaryBuilder : IStoryAnalyzer
{
    /// <summary>The default number of summary lines.</summary>
    public const int DefaultMaxSentences = 6;

    /// <summary>The default trade-off between relevance (1) and novelty (0) in maximal marginal relevance.</summary>
    public const double DefaultLambda = 0.7;

    private const double LoadedPenalty = 0.1;

    private readonly int maxSentences;
    private readonly double lambda;

    /// <summary>Creates the builder.</summary>
    /// <param name="maxSentences">How many lines at most (about 5–8 reads well).</param>
    /// <param name="lambda">Relevance weight in maximal marginal relevance, 0..1.</param>
    public SummaryBuilder(int maxSentences = DefaultMaxSentences, double lambda = DefaultLambda)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSentences);
        ArgumentOutOfRangeException.ThrowIfNegative(lambda);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lambda, 1);
        this.maxSentences = maxSentences;
        this.lambda = lambda;
    }

    /// <inheritdoc />
    public string Name => "summary";

    /// <inheritdoc />
    public AnnotationLayers Requires => AnnotationLayers.Sentences;

    /// <inheritdoc />
    public StoryReport Analyze(StoryContext context, StoryReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        return report with { Summary = Build(context.Documents, report.Facts) };
    }

    /// <summary>The summary of a story's documents.</summary>
    /// <param name="documents">The story's documents, in story order.</param>
    /// <param name="facts">The story's facts from <see cref="FactAligner"/>, or empty to align them here.</param>
    public ImmutableArray<SummarySentence> Build(IReadOnlyList<Document> documents, ImmutableArray<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var corpus = StoryCorpus.Build(documents);
        if (facts.IsDefaultOrEmpty)
        {
            facts = new FactAligner().Align(corpus);
        }

        if (facts.IsEmpty)
        {
            return [];
        }

        var byLocation = new Dictionary<(string, int), SentenceProfile>();
        foreach (var profile in corpus.Profiles)
        {
            byLocation.TryAdd((profile.ArticleId, profile.Sentence.Span.Start), profile);
        }

        var eligible = corpus.Profiles.Where(SentenceEligibility.IsEligible).ToList();
        var centrality = Centrality(corpus, eligible);
        var candidates = Candidates(facts, byLocation, centrality);
        if (candidates.Count == 0)
        {
            return [];
        }

        var chosen = Select(corpus, candidates);
        chosen.Sort((a, b) => a.FirstOrder.CompareTo(b.FirstOrder));
        return [.. chosen.Select(c => new SummarySentence(c.Profile.Sentence.Text, c.Fact.Sources, c.Fact.ArticleIds, c.Profile.Sentence))];
    }

    private List<Candidate> Select(StoryCorpus corpus, List<Candidate> candidates)
    {
        var chosen = new List<Candidate>();
        var remaining = new List<Candidate>(candidates);
        while (chosen.Count < maxSentences && remaining.Count > 0)
        {
            var bestIndex = 0;
            var bestScore = double.NegativeInfinity;
            for (var i = 0; i < remaining.Count; i++)
            {
                double redundancy = 0;
                foreach (var c in chosen)
                {
                    redundancy = Math.Max(redundancy, corpus.Similarity(remaining[i].Profile.Order, c.Profile.Order));
                }

                var score = (lambda * remaining[i].Relevance) - ((1 - lambda) * redundancy);
                if (score > bestScore)
                {
                    bestScore = score;
                    bestIndex = i;
                }
            }

            chosen.Add(remaining[bestIndex]);
            remaining.RemoveAt(bestIndex);
        }

        return chosen;
    }

    private static List<Candidate> Candidates(
        ImmutableArray<Fact> facts, Dictionary<(string, int), SentenceProfile> byLocation, Dictionary<int, double> centrality)
    {
        var maxSources = facts.Max(f => f.Sources.Length);
        var maxCentrality = centrality.Count == 0 ? 0 : centrality.Values.Max();
        var candidates = new List<Candidate>();
        foreach (var fact in facts)
        {
            SentenceProfile? best = null;
            var bestLoaded = int.MaxValue;
            double bestCentrality = -1;
            var firstOrder = int.MaxValue;
            foreach (var statement in fact.Statements)
            {
                if (!byLocation.TryGetValue((statement.ArticleId, statement.Span.Start), out var profile))
                {
                    continue;
                }

                firstOrder = Math.Min(firstOrder, profile.Order);
                if (!centrality.TryGetValue(profile.Order, out var c))
                {
                    continue;
                }

                var loaded = LoadedTerms.Count(profile.Words);
                if (loaded < bestLoaded || (loaded == bestLoaded && c > bestCentrality))
                {
                    (best, bestLoaded, bestCentrality) = (profile, loaded, c);
                }
            }

            if (best is null)
            {
                continue;
            }

            var relevance = (0.6 * fact.Sources.Length / maxSources)
                + (maxCentrality > 0 ? 0.4 * bestCentrality / maxCentrality : 0)
                - (LoadedPenalty * bestLoaded);
            candidates.Add(new Candidate(fact, best, relevance, firstOrder));
        }

        return candidates;
    }

    /// <summary>How central each eligible sentence is to the other articles of the story.</summary>
    private static Dictionary<int, double> Centrality(StoryCorpus corpus, List<SentenceProfile> eligible)
    {
        var result = new Dictionary<int, double>();
        foreach (var profile in eligible)
        {
            result[profile.Order] = corpus.Centrality(profile.Order);
        }

        return result;
    }

    /// <summary>A fact with the wording chosen for it.</summary>
    /// <param name="Fact">The fact.</param>
    /// <param name="Profile">The chosen sentence.</param>
    /// <param name="Relevance">Outlet share and centrality, less a penalty for loaded words.</param>
    /// <param name="FirstOrder">Story order of the fact's first statement: its first article, and where it stands there.</param>
    private sealed record Candidate(Fact Fact, SentenceProfile Profile, double Relevance, int FirstOrder);
}
