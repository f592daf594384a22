using Parallax.Core.Text;

namespace Parallax.Language.Quotes.Evaluation;

/// <summary>One annotated attribution: its source, cue and content spans (each may be missing in the annotation).</summary>
public sealed record GoldAttribution(TextSpan? Source, TextSpan? Cue, TextSpan? Content);
