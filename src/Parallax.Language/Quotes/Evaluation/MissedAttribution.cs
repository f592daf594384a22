namespace Parallax.Language.Quotes.Evaluation;

/// <summary>
/// A gold attribution of which at least one role found no overlapping system span: what error analysis reads.
/// </summary>
/// <param name="Document">The corpus document's name.</param>
/// <param name="Gold">The gold attribution.</param>
/// <param name="SourceFound">Whether a system source overlaps the gold source (true when the gold has none).</param>
/// <param name="CueFound">Whether a system cue overlaps the gold cue (true when the gold has none).</param>
/// <param name="ContentFound">Whether a system content overlaps the gold content (true when the gold has none).</param>
public sealed record MissedAttribution(string Document, GoldAttribution Gold, bool SourceFound, bool CueFound, bool ContentFound);
