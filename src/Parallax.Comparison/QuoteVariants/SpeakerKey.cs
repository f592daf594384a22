using System.Text;

namespace Parallax.Comparison.QuoteVariants;

/// <summary>
/// A transliteration-insensitive key for a person's name: the surname, lowercased, with common romanisation
/// variants folded ("Zelenskiy", "Zelenskyy", "Zelensky" → "zelensky"; "Kharkiv"/"Harkiv"), so one speaker
/// matches across outlets that spell the name differently or give the surname only.
/// </summary>
internal static class SpeakerKey
{
    /// <summary>The key of the surname of <paramref name="name"/>, or "" when it has no letters.</summary>
    public static string Of(string name)
    {
        var surname = Surname(name);
        return Fold(surname);
    }

    /// <summary>The last word of a name that is not a generational suffix.</summary>
    public static string Surname(string name)
    {
        var words = name.Split([' ', '\u00A0', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0; i--)
        {
            var word = words[i].Trim('.', ',');
            if (word.Length > 0 && word.ToLowerInvariant() is not ("jr" or "sr" or "ii" or "iii" or "iv"))
            {
                return word;
            }
        }

        return "";
    }

    /// <summary>Folds one word's spelling variants.</summary>
    public static string Fold(string word)
    {
        var letters = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters.Append(char.ToLowerInvariant(StripAccent(c)));
            }
        }

        var s = letters.ToString();
        if (s.EndsWith('s') && s.Length > 3 && word.EndsWith("'s", StringComparison.Ordinal))
        {
            s = s[..^1];
        }

        s = s.Replace("kh", "h", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace("w", "v", StringComparison.Ordinal)
            .Replace("ou", "u", StringComparison.Ordinal)
            .Replace("ij", "y", StringComparison.Ordinal)
            .Replace("iy", "y", StringComparison.Ordinal)
            .Replace("yi", "y", StringComparison.Ordinal)
            .Replace("j", "y", StringComparison.Ordinal);
        if (s.EndsWith("ii", StringComparison.Ordinal))
        {
            s = s[..^2] + "y";
        }

        // Doubled letters are the commonest romanisation difference ("Zelenskyy", "Lukashenko"/"Lukashenka" aside).
        var folded = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (folded.Length == 0 || folded[^1] != c)
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }

    private static char StripAccent(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' or 'ā' => 'a',
        'Á' or 'À' or 'Â' or 'Ä' or 'Ã' or 'Å' or 'Ā' => 'A',
        'é' or 'è' or 'ê' or 'ë' or 'ē' or 'ě' => 'e',
        'É' or 'È' or 'Ê' or 'Ë' or 'Ē' or 'Ě' => 'E',
        'í' or 'ì' or 'î' or 'ï' or 'ī' => 'i',
        'Í' or 'Ì' or 'Î' or 'Ï' or 'Ī' => 'I',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' or 'ø' or 'ō' => 'o',
        'Ó' or 'Ò' or 'Ô' or 'Ö' or 'Õ' or 'Ø' or 'Ō' => 'O',
        'ú' or 'ù' or 'û' or 'ü' or 'ū' or 'ů' => 'u',
        'Ú' or 'Ù' or 'Û' or 'Ü' or 'Ū' or 'Ů' => 'U',
        'ç' or 'č' or 'ć' => 'c',
        'Ç' or 'Č' or 'Ć' => 'C',
        'š' or 'ś' or 'ş' => 's',
        'Š' or 'Ś' or 'Ş' => 'S',
        'ž' or 'ź' or 'ż' => 'z',
        'Ž' or 'Ź' or 'Ż' => 'Z',
        'ñ' or 'ń' or 'ň' => 'n',
        'Ñ' or 'Ń' or 'Ň' => 'N',
        'ř' => 'r',
        'Ř' => 'R',
        'ý' or 'ÿ' => 'y',
        'Ý' => 'Y',
        'ł' => 'l',
        'Ł' => 'L',
        'ğ' => 'g',
        _ => c,
    };
}
