using System.Collections.Immutable;
using System.Text;
using Parallax.Core.Text;

namespace Parallax.Comparison.Text;

/// <summary>
/// Splits text into <see cref="WordToken"/>s in one linear pass. Hyphenated compounds become separate words
/// marked <see cref="WordToken.JoinedByHyphen"/>, so "three-and-a-half-year" reads as a number and a unit.
/// A percent sign becomes its own word "%".
/// </summary>
internal static class WordTokenizer
{
    /// <summary>Tokenises <paramref name="text"/>[<paramref name="span"/>]; spans are offsets into <paramref name="text"/>.</summary>
    public static ImmutableArray<WordToken> Tokenize(string text, TextSpan span)
    {
        var words = ImmutableArray.CreateBuilder<WordToken>();
        var end = span.End;
        var i = span.Start;
        var gapStart = i;
        var builder = new StringBuilder();
        while (i < end)
        {
            var c = text[i];
            if (c == '%')
            {
                Add(words, text, "%", i, i + 1, gapStart);
                i++;
                gapStart = i;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var start = i;
            builder.Clear();
            while (i < end)
            {
                c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(c);
                    i++;
                }
                else if (IsApostrophe(c) && i + 1 < end && char.IsLetter(text[i + 1]) && builder.Length > 0 && char.IsLetter(builder[^1]))
                {
                    builder.Append('\'');
                    i++;
                }
                else if ((c == ',' || c == '.') && i + 1 < end && char.IsAsciiDigit(text[i + 1])
                         && builder.Length > 0 && char.IsAsciiDigit(builder[^1]))
                {
                    // "40,000" and "3.5" stay one word; the separator is dropped or kept as the decimal point.
                    if (c == '.')
                    {
                        builder.Append('.');
                    }

                    i++;
                }
                else
                {
                    break;
                }
            }

            Add(words, text, builder.ToString(), start, i, gapStart);
            gapStart = i;
        }

        return words.ToImmutable();
    }

    /// <summary>True for the ASCII and typographic apostrophes.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    private static void Add(ImmutableArray<WordToken>.Builder words, string text, string word, int start, int end, int gapStart)
    {
        var hyphen = false;
        var other = false;
        for (var k = gapStart; k < start; k++)
        {
            var g = text[k];
            if (g is '-' or '\u2010' or '\u2011')
            {
                hyphen = true;
            }
            else if (!char.IsWhiteSpace(g))
            {
                other = true;
            }
        }

        var joined = words.Count > 0 && hyphen && !other && !HasWhiteSpace(text, gapStart, start);
        words.Add(new WordToken(word, word.ToLowerInvariant(), TextSpan.FromBounds(start, end), joined, words.Count > 0 && other));
    }

    private static bool HasWhiteSpace(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (char.IsWhiteSpace(text[k]))
            {
                return true;
            }
        }

        return false;
    }
}
