using System.Globalization;

namespace Parallax.Language.Quotes.Evaluation;

/// <summary>
/// Attribution scores over a corpus: for Source, Cue and Content spans separately, exact (same characters) and
/// overlap (one-to-one, any shared character) counts; and the speaker of each gold content that a system content
/// overlaps, right when the system's source overlaps the gold source.
/// </summary>
public sealed record AttributionScore(
    int Documents,
    SpanCounts SourceExact,
    SpanCounts SourceOverlap,
    SpanCounts CueExact,
    SpanCounts CueOverlap,
    SpanCounts ContentExact,
    SpanCounts ContentOverlap,
    int SpeakersJudged,
    int SpeakersRight)
{
    /// <summary>Nothing scored.</summary>
    public static AttributionScore Zero { get; } = new(0, SpanCounts.Zero, SpanCounts.Zero, SpanCounts.Zero, SpanCounts.Zero, SpanCounts.Zero, SpanCounts.Zero, 0, 0);

    /// <summary>Right speakers over the gold contents with a source that a system content overlaps.</summary>
    public double SpeakerAccuracy => SpeakersJudged == 0 ? 0 : (double)SpeakersRight / SpeakersJudged;

    /// <summary>The sum of two scores.</summary>
    public AttributionScore Plus(AttributionScore other) => new(
        Documents + other.Documents,
        SourceExact.Plus(other.SourceExact),
        SourceOverlap.Plus(other.SourceOverlap),
        CueExact.Plus(other.CueExact),
        CueOverlap.Plus(other.CueOverlap),
        ContentExact.Plus(other.ContentExact),
        ContentOverlap.Plus(other.ContentOverlap),
        SpeakersJudged + other.SpeakersJudged,
        SpeakersRight + other.SpeakersRight);

    /// <summary>The speaker accuracy as "0.812 (406 of 500)".</summary>
    public string SpeakerSummary =>
        string.Create(CultureInfo.InvariantCulture, $"{SpeakerAccuracy:0.000} ({SpeakersRight} of {SpeakersJudged})");
}
