namespace Parallax.Language.Tokens;

/// <summary>Character classes shared by the splitter, tokenizer and quote scanner.</summary>
internal static class Chars
{
    public static bool IsOpeningQuote(char c) => c is '“' or '„' or '«' or '‘' or '‚' or '‹';

    public static bool IsClosingQuote(char c) => c is '”' or '»' or '’' or '›';

    public static bool IsStraightQuote(char c) => c is '"' or '\'';

    public static bool IsAnyQuote(char c) => IsOpeningQuote(c) || IsClosingQuote(c) || IsStraightQuote(c);

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '′';

    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    public static bool IsDash(char c) => c is '–' or '—' or '‒' or '―' or '−';

    public static bool IsClosingBracket(char c) => c is ')' or ']' or '}';

    public static bool IsOpeningBracket(char c) => c is '(' or '[' or '{';

    public static bool IsWordChar(char c) =>
        c < 128
            ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9
            : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
