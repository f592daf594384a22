using System.Collections.Immutable;
using Parallax.Comparison.Text;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Facts;

/// <summary>
/// Fills <see cref="StoryReport.Facts"/>: sentences of different outlets that report the same thing, aligned
/// across paraphrase by the shared <see cref="StoryCorpus"/> similarity, one sentence per outlet and fact.
/// A sentence no other outlet matches is a single-source fact. Whole sentences are aligned, so an attribution
/// ("X said") always stays in the fact's wording.
/// </summary>
public sealed class FactAligner : IStoryAnalyzer
{
    /// <summary>The default similarity above which two sentences report the same thing.</summary>
    public const double DefaultThreshold = 0.3;

    /// <summary>Sentences with fewer content words are not facts; neither are lines that do not end like prose (headlines, captions).</summary>
    public const int MinContentWords = 4;

    private readonly double threshold;

    /// <summary>Creates the aligner.</summary>
    /// <param name="threshold">Soft-cosine similarity (0..1) at which two sentences are aligned.</param>
    public FactAligner(double threshold = DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        this.threshold = threshold;
    }

    /// <inheritdoc />
    public string Name => "facts";

    /// <inheritdoc />
    public AnnotationLayers Requires => AnnotationLayers.Sentences;

    /// <inheritdoc />
    public StoryReport Analyze(StoryContext context, StoryReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        return report with { Facts = Align(context.Documents) };
    }

    /// <summary>The facts of a story's documents (given in story order), most widely reported first.</summary>
    public ImmutableArray<Fact> Align(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var corpus = StoryCorpus.Build(documents);
        return Align(corpus);
    }

    internal ImmutableArray<Fact> Align(StoryCorpus corpus)
    {
        var clusters = FactClustering.Cluster(corpus, threshold, MinContentWords);
        var facts = new List<(Fact Fact, int FirstOrder)>(clusters.Length);
        foreach (var cluster in clusters)
        {
            facts.Add((ToFact(corpus, cluster), cluster[0]));
        }

        facts.Sort((a, b) => a.Fact.Sources.Length != b.Fact.Sources.Length
            ? b.Fact.Sources.Length.CompareTo(a.Fact.Sources.Length)
            : a.FirstOrder.CompareTo(b.FirstOrder));
        return [.. facts.Select(f => f.Fact)];
    }

    private static Fact ToFact(StoryCorpus corpus, ImmutableArray<int> cluster)
    {
        var representative = Representative(corpus, cluster);
        var sources = new List<string>();
        var articles = new List<string>();
        var statements = ImmutableArray.CreateBuilder<SourceSentence>(cluster.Length);
        foreach (var index in cluster)
        {
            var profile = corpus.Profiles[index];
            if (!sources.Contains(profile.Source))
            {
                sources.Add(profile.Source);
            }

            if (!articles.Contains(profile.ArticleId))
            {
                articles.Add(profile.ArticleId);
            }

            statements.Add(profile.Sentence);
        }

        return new Fact(corpus.Profiles[representative].Sentence.Text, [.. sources], [.. articles], statements.MoveToImmutable());
    }

    /// <summary>
    /// The most central wording (highest mean similarity to the others), with a penalty per loaded word so that
    /// among near-equal wordings the most neutral wins; ties go to the earliest.
    /// </summary>
    internal static int Representative(StoryCorpus corpus, ImmutableArray<int> cluster)
    {
        var best = cluster[0];
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in cluster)
        {
            double sum = 0;
            foreach (var other in cluster)
            {
                if (other != candidate)
                {
                    sum += corpus.Similarity(candidate, other);
                }
            }

            var centrality = cluster.Length > 1 ? sum / (cluster.Length - 1) : 0;
            var score = centrality - (0.05 * LoadedTerms.Count(corpus.Profiles[candidate].Words));
            if (score > bestScore)
            {
                bestScore = score;
                best = candidate;
            }
        }

        return best;
    }
}
