using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;
using Parallax.Core.Text;

namespace Parallax.Comparison.Timeline;

/// <summary>
/// Fills <see cref="StoryReport.Timeline"/>: the story's dated events. Each sentence that holds a DATE or TIME
/// expression with a calendar value (full or partial: <c>2025-09-12</c>, <c>2025-07</c>, <c>XXXX-06-02</c>; not
/// <c>PAST_REF</c> and the like) gives one entry per distinct date, with the value cut to its date part and the
/// sentence verbatim. Entries with the same date whose sentences share enough content words merge and cite every
/// outlet and article: Dice overlap of lower-cased words (plural -s folded), stop words and the time expressions
/// themselves excluded, at least <see cref="SameEventThreshold"/> with at least <see cref="MinimumSharedWords"/>
/// words in common, linked to any sentence already in the group. Entries are sorted by date, then by number of
/// outlets, most first, then by first appearance.
/// </summary>
public sealed class TimelineAnalyzer : IStoryAnalyzer
{
    /// <summary>
    /// Minimum Dice overlap for two same-date sentences to report the same event: a fifth of their content words in
    /// common. News sentences carry much besides the event (who said it, background), so paraphrases of one event
    /// by two outlets often share only the actors, the place and the action: a quarter of their words or so.
    /// </summary>
    public const double SameEventThreshold = 0.2;

    /// <summary>
    /// Minimum number of shared content words, so that two short sentences sharing one actor ("the Kremlin") are not
    /// taken for one event.
    /// </summary>
    public const int MinimumSharedWords = 2;

    /// <inheritdoc />
    public string Name => "timeline";

    /// <inheritdoc />
    public AnnotationLayers Requires => AnnotationLayers.Sentences | AnnotationLayers.TimeExpressions;

    /// <inheritdoc />
    public StoryReport Analyze(StoryContext context, StoryReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var byDate = new Dictionary<string, List<List<TimelineCandidate>>>(StringComparer.Ordinal);
        var order = new List<List<TimelineCandidate>>();
        foreach (var candidate in Candidates(context.Documents))
        {
            if (!byDate.TryGetValue(candidate.Date, out var groups))
            {
                groups = [];
                byDate.Add(candidate.Date, groups);
            }

            var group = groups.Find(g => g.Exists(member => SameEvent(member.Words, candidate.Words)));
            if (group is null)
            {
                group = [];
                groups.Add(group);
                order.Add(group);
            }

            group.Add(candidate);
        }

        var entries = order
            .Select((group, index) => (Entry: ToEntry(group), Index: index))
            .OrderBy(e => e.Entry.Date, Comparer<string>.Create(TimelineDate.Compare))
            .ThenByDescending(e => e.Entry.Sources.Length)
            .ThenBy(e => e.Index)
            .Select(e => e.Entry)
            .ToImmutableArray();
        return report with { Timeline = entries };
    }

    private static bool SameEvent(HashSet<string> left, HashSet<string> right)
    {
        var shared = ContentWords.Shared(left, right);
        return shared >= MinimumSharedWords && 2.0 * shared / (left.Count + right.Count) >= SameEventThreshold;
    }

    private static IEnumerable<TimelineCandidate> Candidates(ImmutableArray<Document> documents)
    {
        foreach (var document in documents)
        {
            var seen = new HashSet<(int Sentence, string Date)>();
            foreach (var expression in document.TimeExpressions)
            {
                if (expression.Type is not (TimexType.Date or TimexType.Time) || TimelineDate.Truncate(expression.Value) is not { } date)
                {
                    continue;
                }

                var index = document.SentenceAt(expression.Span.Start);
                if (index < 0 || !seen.Add((index, date)))
                {
                    continue;
                }

                var span = document.Sentences[index].Span;
                var excluded = TimeSpansIn(document, span);
                yield return new TimelineCandidate(
                    date,
                    document.Slice(span),
                    document.Article.Source,
                    document.Article.Id,
                    span,
                    ContentWords.Of(document.Text, span, excluded));
            }
        }
    }

    private static List<TextSpan> TimeSpansIn(Document document, TextSpan sentence)
    {
        var spans = new List<TextSpan>();
        foreach (var expression in document.TimeExpressions)
        {
            if (expression.Span.Overlaps(sentence))
            {
                spans.Add(expression.Span);
            }
        }

        spans.Sort();
        return spans;
    }

    private static TimelineEntry ToEntry(List<TimelineCandidate> group) =>
        new(
            group[0].Date,
            group[0].Text,
            [.. group.Select(c => c.Source).Distinct(StringComparer.Ordinal)],
            [.. group.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal)]);
}
