using Parallax.Core.Text;

namespace Parallax.Core.Annotations;

/// <summary>A time expression with its TimeML normalisation.</summary>
/// <param name="Span">The expression's characters.</param>
/// <param name="Type">TIMEX3 type.</param>
/// <param name="Value">
/// TIMEX3 value (<c>2025-09-12</c>, <c>2025-W37</c>, <c>P3.5Y</c>, <c>PRESENT_REF</c>, …), or null when the
/// expression cannot be resolved (e.g. "on Friday" without a publication date): unresolved, never guessed.
/// </param>
public sealed record TimeExpression(TextSpan Span, TimexType Type, string? Value);
