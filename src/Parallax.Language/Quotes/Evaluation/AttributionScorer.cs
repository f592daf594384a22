using System.Collections.Immutable;
using Parallax.Core.Evaluation;
using Parallax.Core.Text;

namespace Parallax.Language.Quotes.Evaluation;

/// <summary>
/// Scores system attributions against a BRAT attribution corpus (PolNeAR): Source, Cue and Content spans each with
/// exact and overlap matching, and the speaker of each content. Overlap matching is one to one: each gold span, in
/// text order, takes the first system span not yet taken that shares a character with it.
/// </summary>
public static class AttributionScorer
{
    /// <summary>Scores one document.</summary>
    public static AttributionScore ScoreDocument(AttributionDocument gold, IReadOnlyList<SystemAttribution> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        ImmutableArray<TextSpan> Spans(Func<SystemAttribution, TextSpan?> role) =>
            [.. system.Select(role).OfType<TextSpan>().Distinct().Order()];

        var sources = Spans(static a => a.Source);
        var cues = Spans(static a => a.Cue);
        var contents = Spans(static a => a.Content);
        var contentMatch = OverlapMatch(gold.Contents, contents);
        var (judged, right) = Speakers(gold, system, contentMatch);
        return new AttributionScore(
            1,
            Exact(gold.Sources, sources),
            Overlap(gold.Sources, sources),
            Exact(gold.Cues, cues),
            Overlap(gold.Cues, cues),
            Exact(gold.Contents, contents),
            new MatchCounts(gold.Contents.Length, contents.Length, contentMatch.Count),
            judged,
            right);
    }

    private static MatchCounts Exact(ImmutableArray<TextSpan> gold, ImmutableArray<TextSpan> system) =>
        new(gold.Length, system.Length, gold.Distinct().Count(system.Contains));

    private static MatchCounts Overlap(ImmutableArray<TextSpan> gold, ImmutableArray<TextSpan> system) =>
        new(gold.Length, system.Length, OverlapMatch(gold, system).Count);

    // Gold span → the system span it was matched with.
    private static Dictionary<TextSpan, TextSpan> OverlapMatch(ImmutableArray<TextSpan> gold, ImmutableArray<TextSpan> system)
    {
        var taken = new bool[system.Length];
        var match = new Dictionary<TextSpan, TextSpan>();
        foreach (var span in gold)
        {
            if (match.ContainsKey(span))
            {
                continue;
            }

            for (var j = 0; j < system.Length; j++)
            {
                if (!taken[j] && span.Overlaps(system[j]))
                {
                    taken[j] = true;
                    match[span] = system[j];
                    break;
                }
            }
        }

        return match;
    }

    private static (int Judged, int Right) Speakers(
        AttributionDocument gold, IReadOnlyList<SystemAttribution> system, Dictionary<TextSpan, TextSpan> contentMatch)
    {
        int judged = 0, right = 0;
        foreach (var attribution in gold.Attributions)
        {
            if (attribution is not { Content: { } content, Source: { } source } || !contentMatch.TryGetValue(content, out var found))
            {
                continue;
            }

            judged++;
            var speaker = system.FirstOrDefault(a => a.Content == found)?.Source;
            if (speaker is { } span && span.Overlaps(source))
            {
                right++;
            }
        }

        return (judged, right);
    }
}
