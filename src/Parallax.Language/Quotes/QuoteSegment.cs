using Parallax.Core.Text;

namespace Parallax.Language.Quotes;

/// <summary>One stretch of text between quotation marks, within one paragraph.</summary>
/// <param name="Open">Position of the opening mark.</param>
/// <param name="Close">Position of the closing mark, or -1 when the quote runs to the paragraph's end.</param>
/// <param name="Content">The quoted text, trimmed of white space and a trailing comma.</param>
/// <param name="Paragraph">The paragraph index.</param>
/// <param name="ContinuesPrevious">True when it reopens a quote left open at the end of the previous paragraph.</param>
internal readonly record struct QuoteSegment(int Open, int Close, TextSpan Content, int Paragraph, bool ContinuesPrevious)
{
    /// <summary>The position just after the segment (after the closing mark, or the paragraph end).</summary>
    public int End => Close >= 0 ? Close + 1 : Content.End;
}
