using System.Collections.Immutable;
using Parallax.Comparison.Facts;
using Parallax.Comparison.Text;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Summary;

/// <summary>
/// Fills <see cref="StoryReport.Summary"/> with a neutral extractive summary: each line is one source sentence,
/// verbatim, standing for one fact and citing every outlet and article that carries the fact. The candidates are,
/// for each fact, its most neutral wordings (fewest evaluative or loaded words) that can stand alone (see
/// <see cref="SentenceEligibility"/>); <see cref="SummaryOptions.Selection"/> chooses among them, by default the
/// wordings that best cover the story and its different threads within a word budget
/// (<see cref="SubmodularSelection"/>). When the story has two or more outlets, the facts two or more of them carry
/// are chosen first and facts of one outlet only fill the budget that is left: the summary tells what the outlets
/// share. Lines are ordered by the story order of the first article carrying the
/// fact, then by where the fact stands in that article. Runs after <see cref="FactAligner"/>; when the report has no
/// facts it aligns them itself.
/// </summary>
public sealed class SummaryBuilder : IStoryAnalyzer
{
    private readonly SummaryOptions options;

    /// <summary>Creates the builder.</summary>
    /// <param name="options">Selection and length; <see cref="SummaryOptions.Default"/> when null.</param>
    public SummaryBuilder(SummaryOptions? options = null)
    {
        options ??= SummaryOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.WordBudget);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MinConceptDocuments);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxSentences);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Lambda);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Lambda, 1);
        this.options = options;
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

        var wordings = NeutralWordings(corpus, facts);
        if (wordings.Count == 0)
        {
            return [];
        }

        // The summary tells what the outlets share: facts carried by two or more outlets are chosen first, within the
        // budget, and facts of one outlet only fill what is left. With one outlet every fact is its own.
        var outlets = corpus.Profiles.Select(static p => p.Source).Distinct(StringComparer.Ordinal).Count();
        var shared = outlets >= 2 ? wordings.Where(static w => w.Fact.Sources.Length >= 2).ToList() : [];
        var chosen = Choose(corpus, shared.Count > 0 ? shared : wordings, options);
        var used = chosen.Sum(static w => w.Profile.WordCount);
        if (shared.Count > 0 && used < options.WordBudget)
        {
            var single = wordings.Where(static w => w.Fact.Sources.Length < 2).ToList();
            chosen.AddRange(Choose(corpus, single, options with { WordBudget = options.WordBudget - used }));
        }

        // Without a concept shared by enough documents (or a sentence with content words) there is nothing to cover: fall
        // back to marginal relevance.
        if (chosen.Count == 0)
        {
            chosen = MarginalRelevanceSelection.Select(corpus, wordings, options);
        }

        chosen.Sort((a, b) => a.FirstOrder != b.FirstOrder ? a.FirstOrder.CompareTo(b.FirstOrder) : a.Profile.Order.CompareTo(b.Profile.Order));
        return [.. chosen.Select(c => new SummarySentence(c.Profile.Sentence.Text, c.Fact.Sources, c.Fact.ArticleIds, c.Profile.Sentence))];
    }

    private static List<FactWording> Choose(StoryCorpus corpus, List<FactWording> wordings, SummaryOptions options) =>
        wordings.Count == 0
            ? []
            : options.Selection switch
            {
                SummarySelection.ConceptCoverage => ConceptCoverageSelection.Select(corpus, wordings, options),
                SummarySelection.Submodular => SubmodularSelection.Select(corpus, wordings, options),
                _ => [],
            };

    /// <summary>For each fact, its eligible wordings with the fewest loaded words, in statement order.</summary>
    private static List<FactWording> NeutralWordings(StoryCorpus corpus, ImmutableArray<Fact> facts)
    {
        var byLocation = new Dictionary<(string, int), SentenceProfile>();
        foreach (var profile in corpus.Profiles)
        {
            byLocation.TryAdd((profile.ArticleId, profile.Sentence.Span.Start), profile);
        }

        var wordings = new List<FactWording>();
        for (var f = 0; f < facts.Length; f++)
        {
            var profiles = facts[f].Statements
                .Select(s => byLocation.GetValueOrDefault((s.ArticleId, s.Span.Start)))
                .OfType<SentenceProfile>()
                .ToList();
            if (profiles.Count == 0)
            {
                continue;
            }

            var firstOrder = profiles.Min(p => p.Order);
            var eligible = profiles.Where(SentenceEligibility.IsEligible).Select(p => (Profile: p, Loaded: LoadedTerms.Count(p.Words))).ToList();
            if (eligible.Count == 0)
            {
                continue;
            }

            var fewest = eligible.Min(e => e.Loaded);
            wordings.AddRange(eligible.Where(e => e.Loaded == fewest).Select(e => new FactWording(facts[f], f, e.Profile, firstOrder)));
        }

        return wordings;
    }
}
