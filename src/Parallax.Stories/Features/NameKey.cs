using System.Text;

namespace Parallax.Stories.Features;

/// <summary>
/// Folds a name to a key shared by its common spellings: diacritics dropped and the usual alternations of
/// romanised names merged (y/i/j, kh/h, w/v, ph/f, sch/sh, ck/k, doubled letters), so "Zelensky", "Zelenskiy" and
/// "Zelenskyy" meet. Deliberately coarse: it is one feature among many, never shown to users.
/// </summary>
internal static class NameKey
{
    /// <summary>The key of one name word, or null when nothing of it is a letter.</summary>
    public static string? Fold(ReadOnlySpan<char> word)
    {
        Span<char> plain = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            var folded = FoldLetter(char.ToLowerInvariant(c));
            if (folded is >= 'a' and <= 'z')
            {
                plain[n++] = folded;
            }
        }

        if (n == 0)
        {
            return null;
        }

        var key = new StringBuilder(n);
        for (var i = 0; i < n; i++)
        {
            var c = plain[i];
            var next = i + 1 < n ? plain[i + 1] : '\0';
            if (c == 'k' && next == 'h')
            {
                c = 'h';
                i++;
            }
            else if (c == 'p' && next == 'h')
            {
                c = 'f';
                i++;
            }
            else if (c == 's' && next == 'c' && i + 2 < n && plain[i + 2] == 'h')
            {
                c = 's';
                i++;
            }
            else if (c == 'c' && next == 'k')
            {
                c = 'k';
                i++;
            }
            else if (c is 'y' or 'j')
            {
                c = 'i';
            }
            else if (c == 'w')
            {
                c = 'v';
            }

            if (key.Length == 0 || key[^1] != c)
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    /// <summary>Latin letters with diacritics to their base letter; other characters unchanged.</summary>
    private static char FoldLetter(char c) => c switch
    {
        < '\u00C0' => c,
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā' or 'ă' or 'ą' => 'a',
        'ç' or 'ć' or 'č' or 'ĉ' or 'ċ' => 'c',
        'ď' or 'đ' or 'ð' => 'd',
        'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' => 'e',
        'ğ' or 'ģ' => 'g',
        'ì' or 'í' or 'î' or 'ï' or 'ī' or 'į' or 'ı' => 'i',
        'ķ' => 'k',
        'ł' or 'ľ' or 'ļ' or 'ĺ' => 'l',
        'ñ' or 'ń' or 'ň' or 'ņ' => 'n',
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ō' or 'ő' => 'o',
        'ŕ' or 'ř' => 'r',
        'ś' or 'š' or 'ş' or 'ș' or 'ß' => 's',
        'ť' or 'ţ' or 'ț' => 't',
        'ù' or 'ú' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' or 'ų' => 'u',
        'ý' or 'ÿ' => 'y',
        'ź' or 'ż' or 'ž' => 'z',
        _ => c,
    };
}
