using Parallax.Core.Annotations;
using Parallax.Core.Text;

namespace Parallax.Language.Time.Evaluation;

/// <summary>A TIMEX3 annotated in a TimeML document's text.</summary>
/// <param name="Span">Its characters in <see cref="TimeMlDocument.Text"/>.</param>
/// <param name="Type">Its TIMEX3 type.</param>
/// <param name="Value">Its TIMEX3 value as annotated (may be empty).</param>
public sealed record GoldTimex(TextSpan Span, TimexType Type, string Value);
