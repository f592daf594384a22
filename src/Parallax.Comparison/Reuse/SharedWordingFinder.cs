using System.Collections.Immutable;
using Parallax.Comparison.QuoteVariants;
using Parallax.Comparison.Text;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;
using Parallax.Core.Text;

namespace Parallax.Comparison.Reuse;

/// <summary>
/// Fills <see cref="StoryReport.SharedWordings"/>: sentences that outlets carry in the same words, the wire sentences
/// an outlet took verbatim or lightly edited. Two sentences share their wording when the longest common subsequence
/// of their words covers at least <see cref="MinSimilarity"/> of both (Dice: 2·LCS / (|a| + |b|)); copies of one
/// wording are chained, so a sentence edited twice still joins its group. Only sentences of at least
/// <see cref="MinWords"/> words count (shorter ones coincide by chance: "The mayor declined to comment."), only outlets
/// other than the sentence's own make a group, and an article that is a near-duplicate copy of another article of the
/// story is left out: the whole copy is already marked as one (<see cref="StoryContext.Duplicates"/>), and listing
/// each of its sentences would bury the partial reuse this section is for.
/// </summary>
public sealed class SharedWordingFinder : IStoryAnalyzer
{
    /// <summary>Sentences with fewer words are never counted as shared wording.</summary>
    public const int MinWords = 8;

    /// <summary>
    /// The word-sequence similarity at which two sentences are one wording. Over the sentence pairs of different
    /// documents that share a run of four words in the 50 DUC 2004 topics, the similarity is bimodal: most such pairs
    /// lie below 0.55 (different sentences about the same thing) or at 0.95 and above (the same sentence), with few in
    /// between (docs/facts.md, "Sentences shared word for word"); pairs from 0.8 up read as one wire sentence with a
    /// clause trimmed or a word changed, those below as rewritten.
    /// </summary>
    public const double MinSimilarity = 0.8;

    private const int ShingleWords = 4;

    /// <inheritdoc />
    public string Name => "shared-wording";

    /// <inheritdoc />
    public AnnotationLayers Requires => AnnotationLayers.Sentences;

    /// <inheritdoc />
    public StoryReport Analyze(StoryContext context, StoryReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var members = context.Documents.Select(d => d.Article.Id).ToHashSet(StringComparer.Ordinal);
        var wholeCopies = context.Duplicates.IsDefault
            ? []
            : context.Duplicates.Where(l => l.ArticleId != l.OriginalId && members.Contains(l.OriginalId)).Select(l => l.ArticleId).ToHashSet(StringComparer.Ordinal);
        return report with { SharedWordings = Find(context.Documents, wholeCopies) };
    }

    /// <summary>The shared wordings among <paramref name="documents"/> (in story order), leaving out the articles in <paramref name="skipArticleIds"/>.</summary>
    internal static ImmutableArray<SharedWording> Find(IReadOnlyList<Document> documents, IReadOnlySet<string> skipArticleIds)
    {
        var sentences = SentenceCopys(documents, skipArticleIds);
        var wordings = Wordings(sentences);
        var links = new UnionFind(wordings.Count);
        foreach (var (a, b) in SentenceCopyPairs(wordings))
        {
            var (x, y) = (wordings[a].Words, wordings[b].Words);

            // The shorter sentence's length bounds the common subsequence: skip pairs that cannot reach the threshold.
            if (2.0 * Math.Min(x.Length, y.Length) / (x.Length + y.Length) >= MinSimilarity && Similarity(x, y) >= MinSimilarity)
            {
                links.Join(a, b);
            }
        }

        var groups = new Dictionary<int, List<int>>();
        for (var w = 0; w < wordings.Count; w++)
        {
            var root = links.Find(w);
            if (!groups.TryGetValue(root, out var members))
            {
                groups[root] = members = [];
            }

            members.Add(w);
        }

        var result = new List<(SharedWording Wording, int FirstOrder)>();
        foreach (var members in groups.Values)
        {
            var copies = members.SelectMany(m => wordings[m].Copies).ToList();
            if (copies.Select(c => c.Profile.Source).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            result.Add((SharedWordingAssembly.Build(copies, verbatim: members.Count == 1), copies.Min(c => c.Profile.Order)));
        }

        result.Sort(static (a, b) => a.FirstOrder.CompareTo(b.FirstOrder));
        return [.. result.Select(r => r.Wording)];
    }

    /// <summary>The Dice coefficient of the longest common word subsequence: 1 for the same words in the same order.</summary>
    internal static double Similarity(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var total = a.Count + b.Count;
        return total == 0 ? 1 : 2.0 * WordDiff.Match(a, b) / total;
    }

    private static List<SentenceCopy> SentenceCopys(IReadOnlyList<Document> documents, IReadOnlySet<string> skipArticleIds)
    {
        var candidates = new List<SentenceCopy>();
        var order = 0;
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            var firstOrder = order;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var profile in SentenceProfiler.Profile(document, d, firstOrder))
            {
                order++;
                if (skipArticleIds.Contains(document.Article.Id) || profile.Words.Length < MinWords)
                {
                    continue;
                }

                var words = profile.Words.Select(w => w.Lower).ToArray();

                // One copy per article: a sentence an article repeats (a pull quote) is one use of the wording.
                if (seen.Add(string.Join(' ', words)))
                {
                    candidates.Add(new SentenceCopy(profile, words));
                }
            }
        }

        return candidates;
    }

    /// <summary>Groups identical word sequences first, so a sentence copied by many outlets is compared once.</summary>
    private static List<Wording> Wordings(List<SentenceCopy> candidates)
    {
        var byKey = new Dictionary<string, Wording>(StringComparer.Ordinal);
        var wordings = new List<Wording>();
        foreach (var candidate in candidates)
        {
            var key = string.Join(' ', candidate.Words);
            if (!byKey.TryGetValue(key, out var wording))
            {
                byKey[key] = wording = new Wording(candidate.Words, []);
                wordings.Add(wording);
            }

            wording.Copies.Add(candidate);
        }

        return wordings;
    }

    /// <summary>
    /// Pairs of wordings that share a run of <see cref="ShingleWords"/> words: at the similarity threshold every pair
    /// does (its at most one edit in five words leaves a longer unedited run), so no pair that could reach it is missed.
    /// </summary>
    private static HashSet<(int, int)> SentenceCopyPairs(List<Wording> wordings)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var w = 0; w < wordings.Count; w++)
        {
            var words = wordings[w].Words;
            for (var i = 0; i + ShingleWords <= words.Length; i++)
            {
                var shingle = string.Join(' ', words, i, ShingleWords);
                if (!postings.TryGetValue(shingle, out var list))
                {
                    postings[shingle] = list = [];
                }

                if (list.Count == 0 || list[^1] != w)
                {
                    list.Add(w);
                }
            }
        }

        var pairs = new HashSet<(int, int)>();
        foreach (var list in postings.Values)
        {
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    pairs.Add((list[i], list[j]));
                }
            }
        }

        return pairs;
    }

    private sealed record Wording(string[] Words, List<SentenceCopy> Copies);
}
