using System.Globalization;

namespace Parallax.Comparison.Terms;

/// <summary>
/// Decides whether a token is a content word and gives its counting key and its surface form. Function words,
/// numbers and anything with a digit, punctuation and single letters are out. The key is lowercase without a
/// possessive ending, so "Kremlin's" counts as "kremlin"; the word is the key in its written case, and the surface
/// keeps the possessive as written (for word pairs: "Kremlin's envoy").
/// </summary>
internal static class ContentWord
{
    /// <summary>Reads a token; false when it is not a content word.</summary>
    public static bool TryRead(string token, out string key, out string word, out string surface)
    {
        key = word = surface = "";
        var start = 0;
        var end = token.Length;
        while (start < end && (token[start] is '-' or '.' || IsApostrophe(token[start])))
        {
            start++;
        }

        while (end > start && token[end - 1] == '-')
        {
            end--;
        }

        // A final period belongs to the word only in an abbreviation with inner periods ("U.S.").
        if (end > start && token[end - 1] == '.' && token.AsSpan(start, end - start - 1).IndexOf('.') < 0)
        {
            end--;
        }

        var surfaceEnd = end;
        while (end > start && IsApostrophe(token[end - 1]))
        {
            end--;
        }

        if (end - start > 2 && IsApostrophe(token[end - 2]) && token[end - 1] is 's' or 'S')
        {
            end -= 2;
        }

        var letters = 0;
        for (var i = start; i < end; i++)
        {
            var c = token[i];
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (!(c is '-' or '.' || IsApostrophe(c) || IsCombiningMark(c)))
            {
                // Digits make a number, date or figure; other symbols make a URL, handle or punctuation.
                return false;
            }
        }

        if (letters < 2)
        {
            return false;
        }

        word = Normalize(token[start..end]);
        key = word.ToLowerInvariant();
        if (StopWords.Contains(key))
        {
            return false;
        }

        surface = Normalize(token[start..surfaceEnd]);
        return true;
    }

    private static string Normalize(string word) => word.Replace('\u2019', '\'').Replace('\u2018', '\'');

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018';

    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
