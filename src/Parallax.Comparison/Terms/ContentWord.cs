namespace Parallax.Comparison.Terms;

/// <summary>
/// Decides whether a token is a content word and gives its counting key (lowercase) and its display form:
/// function words, numbers and anything with a digit, punctuation and single letters are out; a possessive "'s" is
/// dropped so "Kremlin's" counts as "Kremlin".
/// </summary>
internal static class ContentWord
{
    /// <summary>The word's display form, or null when the token is not a content word.</summary>
    public static string? Form(string token)
    {
        var start = 0;
        var end = token.Length;
        while (start < end && IsJoiner(token[start]))
        {
            start++;
        }

        while (end > start && (token[end - 1] == '-' || IsApostrophe(token[end - 1])))
        {
            end--;
        }

        // A final period belongs to the word only in an abbreviation with inner periods ("U.S.").
        if (end > start && token[end - 1] == '.' && token.AsSpan(start, end - start - 1).IndexOf('.') < 0)
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
            else if (!IsJoiner(c) && !IsCombiningMark(c))
            {
                // Digits make a number, date or figure; other symbols make a URL, handle or punctuation.
                return null;
            }
        }

        if (letters < 2)
        {
            return null;
        }

        var form = token[start..end].Replace('\u2019', '\'').Replace('\u2018', '\'');
        return StopWords.Contains(form.ToLowerInvariant()) ? null : form;
    }

    /// <summary>The counting key of a display form.</summary>
    public static string Key(string form) => form.ToLowerInvariant();

    private static bool IsJoiner(char c) => c is '-' or '.' || IsApostrophe(c);

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018';

    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
