using System.Collections.Immutable;
using Parallax.Comparison.Quotes;
using Parallax.Comparison.Voices;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;
using Parallax.Core.Text;

namespace Parallax.Comparison.Terms;

/// <summary>
/// Finds the words each outlet leans on: for each outlet against the story's other outlets, the log-odds ratio of
/// every term with an informative Dirichlet prior taken from the whole story's counts, optionally smoothed with
/// background counts (<see cref="InformativeDirichletLogOdds"/>), kept when its z-score reaches
/// <see cref="TermScorerOptions.MinZScore"/>.
/// </summary>
/// <remarks>
/// Terms are lowercased content words and pairs of adjacent content words (two separate vocabularies, each with its
/// own totals); function words, numbers and punctuation are out. Words are counted in the reporter's own voice and
/// inside quotes alike, since which quotes an outlet picks is part of its framing, but a term the outlet uses only
/// inside direct or partial quotes is not listed: those are a speaker's words, not the outlet's. A single word is
/// left out when every use of it falls inside a listed word pair ("peace" under "peace talks"). With a single outlet
/// there is nothing to compare and no terms are given. A near-duplicate copy of an article from the same outlet is
/// not counted again. Output is ordered by outlet (alphabetically), then by z-score, highest first.
/// </remarks>
public sealed class TermScorer : IStoryAnalyzer
{
    private readonly TermScorerOptions options;
    private readonly long wordBackgroundTotal;
    private readonly long pairBackgroundTotal;

    /// <summary>Creates a scorer with the given settings, or the defaults.</summary>
    public TermScorer(TermScorerOptions? options = null)
    {
        this.options = options ?? TermScorerOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(this.options.MaxTermsPerOutlet);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(this.options.PriorScale);
        ArgumentOutOfRangeException.ThrowIfNegative(this.options.BackgroundWeight);
        wordBackgroundTotal = BackgroundTotal(this.options.BackgroundCounts, isPair: false);
        pairBackgroundTotal = BackgroundTotal(this.options.BackgroundCounts, isPair: true);
    }

    /// <inheritdoc />
    public string Name => "terms";

    /// <inheritdoc />
    public AnnotationLayers Requires => AnnotationLayers.Sentences | AnnotationLayers.Tokens;

    /// <inheritdoc />
    public StoryReport Analyze(StoryContext context, StoryReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        if (context.Sources.Length < 2 || options.MaxTermsPerOutlet == 0)
        {
            return report with { Terms = [] };
        }

        var copies = SameOutletCopies.Of(context);
        var outlets = new Dictionary<string, (TermVocabulary Words, TermVocabulary Pairs)>(StringComparer.Ordinal);
        for (var d = 0; d < context.Documents.Length; d++)
        {
            var document = context.Documents[d];
            if (copies.Contains(document.Article.Id))
            {
                continue;
            }

            if (!outlets.TryGetValue(document.Article.Source, out var vocabularies))
            {
                vocabularies = (new TermVocabulary(), new TermVocabulary());
                outlets[document.Article.Source] = vocabularies;
            }

            CountTerms(document, d, vocabularies.Words, vocabularies.Pairs);
        }

        var wordTotals = StoryTotals(outlets.Values.Select(v => v.Words));
        var pairTotals = StoryTotals(outlets.Values.Select(v => v.Pairs));
        var sources = outlets.Keys.ToList();
        sources.Sort(NameOrder.Compare);

        var terms = ImmutableArray.CreateBuilder<OutletTerm>();
        foreach (var source in sources)
        {
            var (words, pairs) = outlets[source];
            var candidates = new List<Candidate>();
            Score(words, wordTotals, isPair: false, candidates);
            if (options.IncludeBigrams)
            {
                Score(pairs, pairTotals, isPair: true, candidates);
            }

            DropWordsInsideListedPairs(candidates);
            candidates.Sort(static (a, b) =>
            {
                var byZ = b.ZScore.CompareTo(a.ZScore);
                if (byZ != 0)
                {
                    return byZ;
                }

                var byCount = b.Tally.Count.CompareTo(a.Tally.Count);
                return byCount != 0 ? byCount : string.CompareOrdinal(a.Key, b.Key);
            });

            foreach (var candidate in candidates.Take(options.MaxTermsPerOutlet))
            {
                terms.Add(new OutletTerm(
                    source,
                    candidate.Tally.MostFrequentForm(),
                    candidate.ZScore,
                    candidate.Tally.Count,
                    Cite(context, candidate.Tally)));
            }
        }

        return report with { Terms = terms.ToImmutable() };
    }

    private static void CountTerms(Document document, int documentIndex, TermVocabulary words, TermVocabulary pairs)
    {
        var quotes = QuoteSpans(document);
        var tokens = document.Tokens.IsDefault ? [] : document.Tokens;
        var quote = 0;
        string? previousKey = null;
        var previousSurface = "";
        var previousInQuote = false;
        var previousSentence = -1;
        foreach (var token in tokens)
        {
            if (!ContentWord.TryRead(token.Norm, out var key, out var word, out var surface))
            {
                previousKey = null;
                continue;
            }

            while (quote < quotes.Length && quotes[quote].End <= token.Span.Start)
            {
                quote++;
            }

            var inQuote = quote < quotes.Length && quotes[quote].Contains(token.Span);
            words.Add(key, word, inQuote, documentIndex, token.Sentence);
            if (previousKey is not null && previousSentence == token.Sentence)
            {
                pairs.Add(
                    previousKey + " " + key,
                    previousSurface + " " + surface,
                    inQuote && previousInQuote,
                    documentIndex,
                    token.Sentence);
            }

            previousKey = key;
            previousSurface = surface;
            previousInQuote = inQuote;
            previousSentence = token.Sentence;
        }
    }

    /// <summary>The content spans of direct and partial quotes, by start.</summary>
    private static TextSpan[] QuoteSpans(Document document)
    {
        if (document.Attributions.IsDefaultOrEmpty)
        {
            return [];
        }

        var spans = document.Attributions
            .Where(static a => a.Kind != AttributionKind.Indirect)
            .Select(static a => a.Content)
            .ToArray();
        Array.Sort(spans);
        return spans;
    }

    private static StoryCounts StoryTotals(IEnumerable<TermVocabulary> vocabularies)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var vocabulary in vocabularies)
        {
            total += vocabulary.Total;
            foreach (var (key, tally) in vocabulary.Terms)
            {
                counts[key] = counts.GetValueOrDefault(key) + tally.Count;
            }
        }

        return new StoryCounts(counts, total);
    }

    private void Score(TermVocabulary outlet, StoryCounts story, bool isPair, List<Candidate> candidates)
    {
        var (storyCounts, storyTotal) = story;
        var othersTotal = storyTotal - outlet.Total;
        if (outlet.Total == 0 || othersTotal == 0)
        {
            return;
        }

        var (background, backgroundTotal) = Background(isPair);

        // The background's shares sum to one over its vocabulary, so it adds weight × story total to the prior's mass.
        var backgroundMass = background is null ? 0.0 : options.BackgroundWeight * storyTotal;
        var alphaTotal = options.PriorScale * (storyTotal + backgroundMass);
        foreach (var (key, tally) in outlet.Terms)
        {
            if (tally.OwnVoiceCount == 0)
            {
                continue;
            }

            var storyCount = storyCounts[key];
            var share = background is not null && background.TryGetValue(key, out var count) && count > 0
                ? (double)count / backgroundTotal
                : 0.0;
            var z = InformativeDirichletLogOdds.ZScore(
                tally.Count,
                outlet.Total,
                storyCount - tally.Count,
                othersTotal,
                options.PriorScale * (storyCount + (backgroundMass * share)),
                alphaTotal);
            if (double.IsFinite(z) && z >= options.MinZScore)
            {
                candidates.Add(new Candidate(key, isPair, z, tally));
            }
        }
    }

    /// <summary>The background counts of one kind of term (words or pairs) with their total, or null when none.</summary>
    private (IReadOnlyDictionary<string, int>? Counts, long Total) Background(bool isPair)
    {
        var total = isPair ? pairBackgroundTotal : wordBackgroundTotal;
        return total == 0 ? (null, 0) : (options.BackgroundCounts, total);
    }

    private static long BackgroundTotal(IReadOnlyDictionary<string, int>? counts, bool isPair)
    {
        long total = 0;
        foreach (var (key, count) in counts ?? new Dictionary<string, int>())
        {
            if (count > 0 && key.Contains(' ', StringComparison.Ordinal) == isPair)
            {
                total += count;
            }
        }

        return total;
    }

    private static void DropWordsInsideListedPairs(List<Candidate> candidates)
    {
        var usesInPairs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (candidate.IsPair)
            {
                var space = candidate.Key.IndexOf(' ', StringComparison.Ordinal);
                foreach (var word in (string[])[candidate.Key[..space], candidate.Key[(space + 1)..]])
                {
                    usesInPairs[word] = Math.Max(usesInPairs.GetValueOrDefault(word), candidate.Tally.Count);
                }
            }
        }

        candidates.RemoveAll(c => !c.IsPair && usesInPairs.TryGetValue(c.Key, out var inPair) && inPair >= c.Tally.Count);
    }

    private static ImmutableArray<SourceSentence> Cite(StoryContext context, TermTally tally)
    {
        var cited = ImmutableArray.CreateBuilder<SourceSentence>(tally.Sentences.Count);
        foreach (var (documentIndex, sentenceIndex) in tally.Sentences)
        {
            var document = context.Documents[documentIndex];
            if (sentenceIndex < 0 || sentenceIndex >= document.Sentences.Length)
            {
                continue;
            }

            var span = document.Sentences[sentenceIndex].Span;
            cited.Add(new SourceSentence(
                document.Article.Id,
                document.Article.Source,
                document.Article.ParagraphAt(span.Start),
                span,
                document.Slice(span)));
        }

        return cited.ToImmutable();
    }

    private sealed record StoryCounts(Dictionary<string, int> Counts, int Total);

    private sealed record Candidate(string Key, bool IsPair, double ZScore, TermTally Tally);
}
