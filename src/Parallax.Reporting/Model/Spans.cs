using System.Collections.Immutable;
using Parallax.Core.Text;

namespace Parallax.Reporting.Model;

/// <summary>Span arithmetic for highlighting: spans from other components are clamped, sorted and merged, never trusted.</summary>
internal static class Spans
{
    /// <summary>The spans cut to <c>[0, textLength)</c>, sorted, with overlapping or touching spans merged.</summary>
    public static ImmutableArray<TextSpan> Normalize(IEnumerable<TextSpan> spans, int textLength)
    {
        var list = new List<TextSpan>();
        foreach (var span in spans)
        {
            var start = Math.Clamp(span.Start, 0, textLength);
            var end = (int)Math.Clamp((long)span.Start + Math.Max(span.Length, 0), start, textLength);
            if (end > start)
            {
                list.Add(TextSpan.FromBounds(start, end));
            }
        }

        list.Sort();
        var merged = ImmutableArray.CreateBuilder<TextSpan>(list.Count);
        foreach (var span in list)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = TextSpan.FromBounds(last.Start, Math.Max(last.End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged.ToImmutable();
    }

    /// <summary>
    /// Where <paramref name="value"/> first occurs in <paramref name="text"/> as a whole word (so "war" is not found
    /// inside "toward"), else anywhere; exact case first, then ignoring case. Empty when it does not occur.
    /// </summary>
    public static ImmutableArray<TextSpan> Find(string text, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return [];
        }

        var position = IndexOfWord(text, value, StringComparison.Ordinal);
        if (position < 0)
        {
            position = IndexOfWord(text, value, StringComparison.OrdinalIgnoreCase);
        }

        if (position < 0)
        {
            position = text.IndexOf(value, StringComparison.Ordinal);
        }

        if (position < 0)
        {
            position = text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        }

        return position < 0 ? [] : [new TextSpan(position, value.Length)];
    }

    private static int IndexOfWord(string text, string value, StringComparison comparison)
    {
        for (var position = text.IndexOf(value, comparison); position >= 0; position = text.IndexOf(value, position + 1, comparison))
        {
            var end = position + value.Length;
            var startsWord = position == 0 || !char.IsLetterOrDigit(text[position - 1]) || !char.IsLetterOrDigit(value[0]);
            var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(value[^1]);
            if (startsWord && endsWord)
            {
                return position;
            }
        }

        return -1;
    }
}
