using System.Collections.Immutable;

namespace Parallax.Language.Time;

/// <summary>
/// Splits text into words (letters only, so "year’s" is "year", "’", "s"), digit groups ("3.5", "220,000", "10:30")
/// and single punctuation marks, with an approximate sentence index. One linear pass.
/// </summary>
internal static class TimeTokenizer
{
    public static ImmutableArray<TimeToken> Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<TimeToken>(text.Length / 5 + 4);
        var sentence = 0;
        var breakPending = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n')
                {
                    breakPending = true;
                }

                i++;
                continue;
            }

            var start = i;
            TimeTokenKind kind;
            if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                kind = TimeTokenKind.Word;
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && (char.IsAsciiDigit(text[i])
                    || (text[i] is ',' or '.' or ':' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }

                kind = TimeTokenKind.Number;
            }
            else
            {
                i++;
                kind = TimeTokenKind.Punctuation;
            }

            if (breakPending || EndsSentence(tokens, text, c))
            {
                if (tokens.Count > 0)
                {
                    sentence++;
                }

                breakPending = false;
            }

            var lower = kind == TimeTokenKind.Punctuation ? FoldPunctuation(c) : text[start..i].ToLowerInvariant();
            tokens.Add(new TimeToken(start, i, lower, kind, char.IsUpper(c), sentence));
        }

        return tokens.ToImmutable();
    }

    // A sentence ends at . ! ? followed by white space and a capital letter or an opening quote; a single letter or
    // a known abbreviation before the full stop ("U.S.", "Sept.") does not end one.
    private static bool EndsSentence(ImmutableArray<TimeToken>.Builder tokens, string text, char next)
    {
        if (tokens.Count == 0 || !(char.IsUpper(next) || next is '"' or '“' or '‘' or '\''))
        {
            return false;
        }

        var last = tokens[^1];
        if (last.Lower is not ("." or "!" or "?") || last.End >= text.Length || !char.IsWhiteSpace(text[last.End]))
        {
            return false;
        }

        if (last.Lower == "." && tokens.Count > 1)
        {
            var before = tokens[^2];
            if (before.End == last.Start && before.IsWord && (before.Lower.Length == 1 || TimeLexicon.IsAbbreviation(before.Lower)))
            {
                return false;
            }
        }

        return true;
    }

    private static string FoldPunctuation(char c) => c switch
    {
        '-' or '‐' or '‑' or '–' or '—' => "-",
        '’' or '‘' or '\'' => "'",
        _ => c.ToString(),
    };
}
