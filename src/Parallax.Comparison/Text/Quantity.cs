using Parallax.Core.Text;

namespace Parallax.Comparison.Text;

/// <summary>
/// A number found in a sentence, normalised to a value and to the range of values the wording allows
/// ("more than three" → (3, ∞); "tens of thousands" → [10,000, 100,000)).
/// </summary>
/// <param name="Kind">Cardinal, ordinal, percent, multiplicative or year.</param>
/// <param name="Value">The number as written, normalised ("three-and-a-half" → 3.5).</param>
/// <param name="Low">The smallest value the wording allows (inclusive).</param>
/// <param name="High">The value the wording stays below (exclusive); a point value has High slightly above Low.</param>
/// <param name="FirstWord">Index of the first word of the expression (including modifiers such as "more than").</param>
/// <param name="NumberEnd">Index just after the last word of the number itself.</param>
/// <param name="Span">The expression's span in the document text.</param>
/// <param name="Text">The expression as written.</param>
internal sealed record Quantity(
    QuantityKind Kind,
    double Value,
    double Low,
    double High,
    int FirstWord,
    int NumberEnd,
    TextSpan Span,
    string Text);
