using Parallax.Core.Annotations;
using Parallax.Core.Text;
using Parallax.Language.Tokens;

namespace Parallax.Language.Quotes;

/// <summary>
/// Finds quotations in each paragraph: typographic double quotes (“…”, „…“), guillemets («…»), straight double
/// quotes (either kind of double mark closing the other, as web copy mixes them), double quotes typed as doubled single marks (``…'' and ''…''), and British-style single quotes (‘…’, told apart from apostrophes). By news convention a quote left open at the end of a paragraph continues when the next paragraph opens
/// with a quotation mark.
/// </summary>
internal static class QuoteScanner
{
    public static List<QuoteSegment> Scan(Document document)
    {
        var text = document.Text;
        var segments = new List<QuoteSegment>();
        var paragraphs = document.Article.ParagraphSpans;
        var previousUnclosed = false;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var start = paragraphs[p].Start;
            var end = paragraphs[p].End;
            var open = -1;
            var opener = '\0';
            var unclosedHere = false;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (open < 0)
                {
                    if (c is '“' or '„' or '«' || (c is '"' or '‘' && IsStraightOpening(text, i, start, end)))
                    {
                        open = i;
                        opener = c;
                    }
                    else if (IsDoubledMark(text, i, end, '`') || (IsDoubledMark(text, i, end, '\'') && IsStraightOpening(text, i, start, end) && i + 2 < end && !char.IsWhiteSpace(text[i + 2])))
                    {
                        // ``…'' and ''…'': double quotes typed as doubled single marks (wire copy, LaTeX, the Penn
                        // Treebank); the content starts after both characters.
                        open = i;
                        opener = c;
                        i++;
                    }

                    continue;
                }

                if (opener is '`' or '\'')
                {
                    if (IsDoubledMark(text, i, end, '\''))
                    {
                        Add(segments, text, open, open + 2, i + 1, i, p, previousUnclosed && IsParagraphStart(text, start, open));
                        open = -1;
                        i++;
                    }

                    continue;
                }

                var closes = opener switch
                {
                    // Web copy mixes typographic and straight marks ("…” and “…"): either double mark closes.
                    '"' => c is '"' or '”',
                    '«' => c == '»',
                    '„' => c is '“' or '”',
                    '‘' => c == '’' && IsSingleClosing(text, i, end),
                    _ => c == '”' || (c == '"' && IsStraightClosing(text, i, start, end) && !ClosesLater(text, i, end)),
                };
                if (closes)
                {
                    Add(segments, text, open, open + 1, i, i, p, previousUnclosed && IsParagraphStart(text, start, open));
                    open = -1;
                }
                else if (opener is '“' or '«' && c == opener)
                {
                    open = i; // An unbalanced mark: start over from the newer opening.
                }
            }

            // An unclosed left single quote is more likely a stray apostrophe ("the ‘90s") than a quote running on.
            if (open >= 0 && opener != '‘')
            {
                Add(segments, text, open, open + (opener is '`' or '\'' ? 2 : 1), -1, end, p, previousUnclosed && IsParagraphStart(text, start, open));
                unclosedHere = true;
            }

            previousUnclosed = unclosedHere;
        }

        return segments;
    }

    // The close is the last character of the closing mark, so that the text after it starts at close + 1.
    private static void Add(List<QuoteSegment> segments, string text, int open, int contentStart, int close, int contentEnd, int paragraph, bool continues)
    {
        var s = contentStart;
        var e = contentEnd;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == ','))
        {
            e--;
        }

        if (e > s)
        {
            segments.Add(new QuoteSegment(open, close, TextSpan.FromBounds(s, e), paragraph, continues));
        }
    }

    private static bool IsParagraphStart(string text, int start, int position)
    {
        for (var i = start; i < position; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A right single quote closes a British-style quote only where it cannot be an apostrophe: not before a letter
    /// ("don’t"), and after an "s" only before punctuation or the paragraph end ("the leaders’ summit").
    /// </summary>
    private static bool IsSingleClosing(string text, int i, int end)
    {
        var next = i + 1 < end ? text[i + 1] : ' ';
        if (char.IsLetterOrDigit(next))
        {
            return false;
        }

        var previous = text[i - 1];
        return previous is not ('s' or 'S') || i + 1 >= end || next is ',' or '.' or ';' or ':' or '!' or '?' or ')';
    }

    private static bool IsDoubledMark(string text, int i, int end, char mark) =>
        text[i] == mark && i + 1 < end && text[i + 1] == mark;

    /// <summary>A straight mark after a word and before a space, punctuation or the paragraph's end.</summary>
    private static bool IsStraightClosing(string text, int i, int start, int end) =>
        i > start && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= end || char.IsWhiteSpace(text[i + 1]) || char.IsPunctuation(text[i + 1]));

    /// <summary>
    /// Whether a typographic closing mark still follows before the next opening one: then a straight mark inside the
    /// quotation is a quote within it, not its end.
    /// </summary>
    private static bool ClosesLater(string text, int i, int end)
    {
        for (var k = i + 1; k < end; k++)
        {
            if (text[k] == '”')
            {
                return true;
            }

            if (text[k] == '“')
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsStraightOpening(string text, int i, int start, int end)
    {
        var before = i == start || char.IsWhiteSpace(text[i - 1]) || Chars.IsOpeningBracket(text[i - 1]) || Chars.IsDash(text[i - 1]);
        var after = i + 1 < end && !char.IsWhiteSpace(text[i + 1]);
        return before && after;
    }
}
