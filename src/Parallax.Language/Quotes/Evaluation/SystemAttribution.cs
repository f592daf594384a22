using Parallax.Core.Text;

namespace Parallax.Language.Quotes.Evaluation;

/// <summary>An attribution found by the system, in the same offsets as the gold document's text.</summary>
public sealed record SystemAttribution(TextSpan? Source, TextSpan? Cue, TextSpan Content);
