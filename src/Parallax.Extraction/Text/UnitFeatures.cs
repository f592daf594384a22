using Parallax.Core.Articles;

namespace Parallax.Extraction.Text;

/// <summary>Measurements of one unit that the classifier scores.</summary>
internal sealed class UnitFeatures
{
    public required string Text { get; init; }

    /// <summary>The text with leading bullets removed.</summary>
    public required string Core { get; init; }

    public required int Words { get; init; }

    public required double StopWordRatio { get; init; }

    /// <summary>We/our/you/your outside quotation marks.</summary>
    public required int AddressWords { get; init; }

    /// <summary>Ends with . ! ? or an ellipsis (before closing quotes or brackets).</summary>
    public required bool EndsSentence { get; init; }

    /// <summary>The last visible character, before closing quotes and brackets.</summary>
    public required char LastChar { get; init; }

    public required bool StartsUpper { get; init; }

    /// <summary>The lower-cased first word.</summary>
    public required string FirstWord { get; init; }

    /// <summary>The best-scoring boilerplate kind, and its cue score.</summary>
    public required RemovalReason CueReason { get; init; }

    public required int CueScore { get; init; }

    /// <summary>Cue score over all kinds.</summary>
    public required int CueTotal { get; init; }

    /// <summary>A strong cue of several words ("sign up", "leave a reply") matched, not just a single word.</summary>
    public required bool HasPhraseCue { get; init; }

    /// <summary>A sentence opens with an imperative that backs up a strong cue ("Become a member ...").</summary>
    public required bool IsImperative { get; init; }

    public required int CaptionScore { get; init; }

    public required bool IsBioShaped { get; init; }

    public required double LinkDensity { get; init; }

    public required bool IsHeading { get; init; }

    /// <summary>Reads as a sentence or more of running prose.</summary>
    public bool IsProse =>
        (EndsSentence && (Words >= 4 || (Words == 3 && StopWordRatio > 0))) || (Words >= 12 && StopWordRatio >= 0.15);

    /// <summary>
    /// The cues are enough to call the unit furniture: strong for its length, and, beyond a short label, backed by a
    /// cue phrase, reader address, an imperative or several cues, so one word ("Author wins prize") is not enough.
    /// </summary>
    public bool IsCued(double threshold) =>
        CueScore > 0 && CueStrength >= threshold
        && (Words < 4 || HasPhraseCue || AddressWords > 0 || IsImperative || CueScore >= 6);

    /// <summary>Cue score weighed against length, so one cue word in a long paragraph does not condemn it.</summary>
    public double CueStrength => CueScore / (1.0 + Words / 12.0);
}
