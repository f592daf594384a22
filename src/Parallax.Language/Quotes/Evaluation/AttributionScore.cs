using System.Globalization;
using Parallax.Core.Evaluation;

namespace Parallax.Language.Quotes.Evaluation;

/// <summary>
/// Attribution scores over a corpus: for Source, Cue and Content spans separately, exact (same characters) and
/// overlap (one-to-one, any shared character) counts; and the speaker of each gold content that a system content
/// overlaps, right when the system's source overlaps the gold source.
/// </summary>
public sealed record AttributionScore(
    int Documents,
    MatchCounts SourceExact,
    MatchCounts SourceOverlap,
    MatchCounts CueExact,
    MatchCounts CueOverlap,
    MatchCounts ContentExact,
    MatchCounts ContentOverlap,
    int SpeakersJudged,
    int SpeakersRight)
{
    /// <summary>Nothing scored.</summary>
    public static AttributionScore Zero { get; } = new(0, default, default, default, default, default, default, 0, 0);

    /// <summary>Right speakers over the gold contents with a source that a system content overlaps.</summary>
    public double SpeakerAccuracy => SpeakersJudged == 0 ? 0 : (double)SpeakersRight / SpeakersJudged;

    /// <summary>The sum of two scores.</summary>
    public AttributionScore Plus(AttributionScore other) => new(
        Documents + other.Documents,
        SourceExact + other.SourceExact,
        SourceOverlap + other.SourceOverlap,
        CueExact + other.CueExact,
        CueOverlap + other.CueOverlap,
        ContentExact + other.ContentExact,
        ContentOverlap + other.ContentOverlap,
        SpeakersJudged + other.SpeakersJudged,
        SpeakersRight + other.SpeakersRight);

    /// <summary>The speaker accuracy as "0.812 (406 of 500)".</summary>
    public string SpeakerSummary =>
        string.Create(CultureInfo.InvariantCulture, $"{SpeakerAccuracy:0.000} ({SpeakersRight} of {SpeakersJudged})");
}
