using System.Collections.Immutable;
using Parallax.Comparison.Text;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;
using Parallax.Core.Text;

namespace Parallax.Comparison.QuoteVariants;

/// <summary>
/// Fills <see cref="StoryReport.QuoteVariants"/>: the same statement by the same speaker quoted in different words
/// by different outlets. Only direct and partial quotes take part (indirect speech is a paraphrase, never a quote).
/// Speakers match by story entity (when <see cref="StoryReport.Entities"/> is filled) or by a
/// transliteration-insensitive surname key. Two quotes are one statement when their word-level longest common
/// subsequence covers at least <see cref="DefaultMinOverlap"/> of the shorter quote's words and they share at
/// least <see cref="MinSharedContentWords"/> content words; groups hold one quote per outlet, and only groups whose
/// wordings actually differ are reported.
/// </summary>
public sealed class QuoteVariantFinder : IStoryAnalyzer
{
    /// <summary>The default share of the shorter quote's words that must be in the common subsequence.</summary>
    public const double DefaultMinOverlap = 0.5;

    /// <summary>Content words (stop words removed) two quotes must share.</summary>
    public const int MinSharedContentWords = 2;

    /// <summary>Quotes shorter than this many words are too short to tell a variant from a coincidence.</summary>
    public const int MinWords = 4;

    private readonly double minOverlap;

    /// <summary>Creates the finder.</summary>
    /// <param name="minOverlap">Share (0..1] of the shorter quote's words that the common subsequence must cover.</param>
    public QuoteVariantFinder(double minOverlap = DefaultMinOverlap)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minOverlap);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minOverlap, 1);
        this.minOverlap = minOverlap;
    }

    /// <inheritdoc />
    public string Name => "quote-variants";

    /// <inheritdoc />
    public AnnotationLayers Requires => AnnotationLayers.Attributions;

    /// <inheritdoc />
    public StoryReport Analyze(StoryContext context, StoryReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        return report with { QuoteVariants = Find(context.Documents, report.Entities) };
    }

    /// <summary>The quote variant groups of a story's documents, in story order of their first quote.</summary>
    /// <param name="documents">The story's documents, in story order.</param>
    /// <param name="entities">The story's merged entities, or empty to match speakers by surname key alone.</param>
    public ImmutableArray<QuoteVariantGroup> Find(IReadOnlyList<Document> documents, ImmutableArray<StoryEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var items = Collect(documents, entities.IsDefault ? [] : entities);
        var pairs = new List<(double Overlap, int A, int B)>();
        for (var a = 0; a < items.Count; a++)
        {
            for (var b = a + 1; b < items.Count; b++)
            {
                var x = items[a];
                var y = items[b];
                if (x.Source == y.Source || x.SpeakerKey != y.SpeakerKey || x.SpeakerKey.Length == 0)
                {
                    continue;
                }

                var overlap = Overlap(x, y);
                if (overlap >= minOverlap)
                {
                    pairs.Add((overlap, a, b));
                }
            }
        }

        pairs.Sort((p, q) => p.Overlap != q.Overlap
            ? q.Overlap.CompareTo(p.Overlap)
            : p.A != q.A ? p.A.CompareTo(q.A) : p.B.CompareTo(q.B));
        var groups = Group(items, pairs);
        var result = ImmutableArray.CreateBuilder<QuoteVariantGroup>();
        foreach (var group in groups)
        {
            var variants = Variants(items, group);
            if (variants.Any(v => !v.Differences.IsEmpty))
            {
                result.Add(new QuoteVariantGroup(items[group[0]].Speaker, variants));
            }
        }

        return result.ToImmutable();
    }

    private double Overlap(QuoteItem x, QuoteItem y)
    {
        var shorter = Math.Min(x.WordStems.Length, y.WordStems.Length);
        if (shorter < MinWords)
        {
            return 0;
        }

        var shared = 0;
        foreach (var stem in x.ContentStems)
        {
            if (y.ContentStems.Contains(stem))
            {
                shared++;
            }
        }

        if (shared < MinSharedContentWords)
        {
            return 0;
        }

        var overlap = (double)WordDiff.Match(x.WordStems, y.WordStems) / shorter;
        return overlap >= minOverlap ? overlap : 0;
    }

    private static List<List<int>> Group(List<QuoteItem> items, List<(double Overlap, int A, int B)> pairs)
    {
        var groupOf = new List<int>?[items.Count];
        foreach (var (_, a, b) in pairs)
        {
            var ga = groupOf[a] ?? [a];
            var gb = groupOf[b] ?? [b];
            if (ReferenceEquals(ga, gb) || ga.Exists(i => gb.Exists(j => items[i].Source == items[j].Source)))
            {
                continue;
            }

            ga.AddRange(gb);
            foreach (var member in ga)
            {
                groupOf[member] = ga;
            }
        }

        var seen = new HashSet<List<int>>(ReferenceEqualityComparer.Instance);
        var groups = new List<List<int>>();
        foreach (var group in groupOf)
        {
            if (group is not null && seen.Add(group))
            {
                group.Sort();
                groups.Add(group);
            }
        }

        groups.Sort((g, h) => g[0].CompareTo(h[0]));
        return groups;
    }

    private static ImmutableArray<QuoteVariant> Variants(List<QuoteItem> items, List<int> group)
    {
        var variants = ImmutableArray.CreateBuilder<QuoteVariant>(group.Count);
        foreach (var index in group)
        {
            var item = items[index];
            var matched = new bool[item.WordStems.Length];
            foreach (var other in group)
            {
                if (other != index)
                {
                    WordDiff.Match(item.WordStems, items[other].WordStems, matched);
                }
            }

            variants.Add(new QuoteVariant(item.Text, item.Source, item.ArticleId, Unmatched(item, matched)));
        }

        return variants.MoveToImmutable();
    }

    /// <summary>Runs of unmatched words, as spans relative to the quote text.</summary>
    private static ImmutableArray<TextSpan> Unmatched(QuoteItem item, bool[] matched)
    {
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        var i = 0;
        while (i < matched.Length)
        {
            if (matched[i])
            {
                i++;
                continue;
            }

            var first = i;
            while (i < matched.Length && !matched[i])
            {
                i++;
            }

            var start = item.Words[first].Span.Start - item.Content.Start;
            var end = item.Words[i - 1].Span.End - item.Content.Start;
            spans.Add(TextSpan.FromBounds(start, end));
        }

        return spans.ToImmutable();
    }

    private static List<QuoteItem> Collect(IReadOnlyList<Document> documents, ImmutableArray<StoryEntity> entities)
    {
        var items = new List<QuoteItem>();
        foreach (var document in documents)
        {
            foreach (var attribution in document.Attributions.IsDefault ? [] : document.Attributions)
            {
                if (attribution.Kind == AttributionKind.Indirect || attribution.Content.IsEmpty)
                {
                    continue;
                }

                var name = attribution.Speaker ?? document.FindEntity(attribution.SpeakerEntityId)?.Name;
                if (string.IsNullOrWhiteSpace(name))
                {
                    continue;
                }

                var (key, display) = ResolveSpeaker(name, entities);
                var words = WordTokenizer.Tokenize(document.Text, attribution.Content);
                var stems = ImmutableArray.CreateBuilder<string>(words.Length);
                var content = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
                foreach (var word in words)
                {
                    var stem = SuffixStemmer.Stem(word.Lower);
                    stems.Add(stem);
                    if (!StopWords.Contains(word.Lower))
                    {
                        content.Add(stem);
                    }
                }

                items.Add(new QuoteItem(
                    items.Count,
                    key,
                    display,
                    document.Article.Source,
                    document.Article.Id,
                    attribution.Content,
                    document.Slice(attribution.Content),
                    words,
                    stems.MoveToImmutable(),
                    content.ToImmutable()));
            }
        }

        return items;
    }

    /// <summary>Maps a speaker name to a story entity when one matches, else to its surname key.</summary>
    private static (string Key, string Display) ResolveSpeaker(string name, ImmutableArray<StoryEntity> entities)
    {
        var key = SpeakerKey.Of(name);
        for (var i = 0; i < entities.Length; i++)
        {
            var entity = entities[i];
            if (entity.Kind != EntityKind.Person)
            {
                continue;
            }

            if (SpeakerKey.Of(entity.Name) == key || Matches(entity.Aliases, name, key))
            {
                return ("entity:" + i, entity.Name);
            }
        }

        return (key, name);
    }

    private static bool Matches(ImmutableArray<string> aliases, string name, string key)
    {
        foreach (var alias in aliases.IsDefault ? [] : aliases)
        {
            if (string.Equals(alias, name, StringComparison.OrdinalIgnoreCase) || SpeakerKey.Of(alias) == key)
            {
                return true;
            }
        }

        return false;
    }
}
