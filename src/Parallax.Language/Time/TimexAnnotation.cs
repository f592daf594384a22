using Parallax.Core.Annotations;
using Parallax.Core.Text;

namespace Parallax.Language.Time;

/// <summary>
/// A time expression as the tagger finds it: the <see cref="TimeExpression"/> fields plus the TIMEX3 <c>mod</c>
/// attribute, which the shared annotation type does not carry.
/// </summary>
/// <param name="Span">The expression's characters (prepositions such as "on" or "in" excluded, as TimeML does).</param>
/// <param name="Type">TIMEX3 type.</param>
/// <param name="Value">TIMEX3 value, or null when it cannot be resolved without a document creation time.</param>
/// <param name="Mod">
/// TIMEX3 mod: <c>START</c>/<c>MID</c>/<c>END</c> for "early"/"mid"/"late", <c>MORE_THAN</c>, <c>LESS_THAN</c>,
/// <c>EQUAL_OR_MORE</c>, <c>EQUAL_OR_LESS</c>, <c>APPROX</c> for quantity modifiers; null when unmodified.
/// </param>
public sealed record TimexAnnotation(TextSpan Span, TimexType Type, string? Value, string? Mod)
{
    /// <summary>The shared annotation (without the mod).</summary>
    public TimeExpression ToTimeExpression() => new(Span, Type, Value);
}
