using Parallax.Core.Text;

namespace Parallax.Comparison.Tests.Quotes;

internal static class TextSpanTrim
{
    /// <summary>The span without the white space at either end.</summary>
    public static TextSpan Trimmed(this TextSpan span, string text)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
