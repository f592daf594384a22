using System.Collections.Frozen;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Guesses the language of undeclared text: by script for scripts one language dominates (Greek, Hebrew, Thai,
/// Hangul, kana, Han), else by stop-word profiles of thirteen Latin- and Cyrillic-script languages. The profile that
/// covers most of the text's words is the candidate; it must cover enough of them to be running prose in that
/// language, and beat every other profile on the words that tell the two apart (Spanish from Portuguese, Norwegian
/// from Danish) by a clear margin — otherwise the guess is null (unsure).
/// </summary>
public static class LanguageGuesser
{
    private const int MinWords = 25;
    private const int MaxWords = 3000;
    private const double MinShare = 0.12;
    private const double MinLead = 1.5;
    private const int MinOwnWords = 3;
    private const int MinScriptLetters = 40;

    private static readonly (string Language, FrozenSet<string> Words)[] Profiles =
    [
        Profile("en", "the and of to in is that was for it with on as are by this be at from have has had not but which they he she said were their will would been an"),
        Profile("de", "der die und das ist nicht den dem mit sich des auf für ein eine auch es im zu von wird sind wurde hat werden aber nach oder wie bei sie er"),
        Profile("fr", "le la les et des est un une du que qui dans pour pas au sur avec ce il elle sont ont été mais par plus aux ses leur cette nous"),
        Profile("es", "el los las del y en que es por con para una se su al lo como más pero sus fue ha este esta está también son entre sobre muy había"),
        Profile("it", "il di che è la per un una del della sono non con si gli le nel alla anche come ha ma più dei delle questo dalla stato essere sul"),
        Profile("pt", "o os as e do da dos das em no na não um uma com que para por é mais ao se foi seu sua como mas pelo pela também são está"),
        Profile("nl", "de het een en van is dat op te in niet zijn voor met die ook aan er maar om bij worden werd deze naar wordt heeft dan nog al"),
        Profile("sv", "och att det som en är av för med till den på har inte om ett var de jag vi han men sig från kan så när efter skulle också hade blev mycket"),
        Profile("no", "og ikke er det som på til av for med en et har jeg vi han hun seg fra også etter når kan skal var blir dette eller men å hadde ble mye hva noen"),
        Profile("da", "og ikke er det som på til af for med en et har jeg vi han hun sig fra også efter når kan skal var bliver dette eller men at havde blev meget hvad nogen"),
        Profile("pl", "i w się na nie z do że to jest o jak ale po co od za przez są tym jego oraz było może już tak też dla który która"),
        Profile("ru", "и в не на что с по как это он а из к у за о же от для так был его она но были также только при который уже"),
        Profile("tr", "ve bir bu da de için ile olarak daha çok gibi olan ama en kadar sonra ise değil var ne her göre diye olduğu ancak"),
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] Lookups =
        [.. Profiles.Select(p => p.Words.GetAlternateLookup<ReadOnlySpan<char>>())];

    /// <summary>
    /// Whether <paramref name="language"/> (a lower-case primary subtag) is one the guesser can name, so that a
    /// confident guess of another language contradicts it. For any other language (Catalan, Luxembourgish, Bokmål's
    /// "nb") the guesser would name a neighbour, and a declaration must be believed.
    /// </summary>
    public static bool Knows(string language) =>
        language is "el" or "he" or "th" or "ko" or "ja" or "zh" || Array.Exists(Profiles, p => p.Language == language);

    /// <summary>The lower-case primary language subtag of <paramref name="text"/>, or null when unsure.</summary>
    public static string? Guess(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return ByScript(text) ?? ByStopWords(text);
    }

    private static string? ByScript(string text)
    {
        int letters = 0, greek = 0, hebrew = 0, thai = 0, hangul = 0, kana = 0, han = 0;
        foreach (var c in text.Length > MaxWords * 8 ? text[..(MaxWords * 8)] : text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            switch (c)
            {
                case >= '\u0370' and <= '\u03FF': greek++; break;
                case >= '\u0590' and <= '\u05FF': hebrew++; break;
                case >= '\u0E00' and <= '\u0E7F': thai++; break;
                case >= '\uAC00' and <= '\uD7AF': hangul++; break;
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\u4E00' and <= '\u9FFF': han++; break;
                default: break;
            }
        }

        if (letters < MinScriptLetters)
        {
            return null;
        }

        // A script counts when it holds most of the letters. Japanese mixes kana into Han; Chinese has none.
        if (greek * 2 > letters)
        {
            return "el";
        }

        if (hebrew * 2 > letters)
        {
            return "he";
        }

        if (thai * 2 > letters)
        {
            return "th";
        }

        if (hangul * 2 > letters)
        {
            return "ko";
        }

        if ((kana + han) * 2 > letters)
        {
            return kana * 10 > kana + han ? "ja" : "zh";
        }

        return null;
    }

    private static string? ByStopWords(string text)
    {
        var count = Profiles.Length;
        Span<int> hits = stackalloc int[count];

        // ahead[a * count + b]: words of the text in profile a but not in profile b.
        Span<int> ahead = stackalloc int[count * count];
        Span<bool> member = stackalloc bool[count];
        var words = 0;
        Span<char> lower = stackalloc char[32];
        var span = text.AsSpan();
        var position = 0;
        while (position < span.Length && words < MaxWords)
        {
            while (position < span.Length && !char.IsLetter(span[position]))
            {
                position++;
            }

            var start = position;
            while (position < span.Length && char.IsLetter(span[position]))
            {
                position++;
            }

            var length = position - start;
            if (length == 0)
            {
                break;
            }

            words++;
            if (length > lower.Length)
            {
                continue;
            }

            var word = lower[..length];
            span.Slice(start, length).ToLowerInvariant(word);
            var any = false;
            for (var i = 0; i < count; i++)
            {
                member[i] = Lookups[i].Contains(word);
                any |= member[i];
            }

            if (!any)
            {
                continue;
            }

            for (var a = 0; a < count; a++)
            {
                if (!member[a])
                {
                    continue;
                }

                hits[a]++;
                for (var b = 0; b < count; b++)
                {
                    if (!member[b])
                    {
                        ahead[(a * count) + b]++;
                    }
                }
            }
        }

        if (words < MinWords)
        {
            return null;
        }

        var best = 0;
        for (var i = 1; i < count; i++)
        {
            best = hits[i] > hits[best] ? i : best;
        }

        if ((double)hits[best] / words < MinShare)
        {
            return null;
        }

        // The best must clearly beat every other profile on the words that tell the two apart.
        for (var other = 0; other < count; other++)
        {
            var mine = ahead[(best * count) + other];
            var theirs = ahead[(other * count) + best];
            if (other != best && (mine < MinOwnWords || mine < MinLead * theirs))
            {
                return null;
            }
        }

        return Profiles[best].Language;
    }

    private static (string, FrozenSet<string>) Profile(string language, string words) =>
        (language, words.Split(' ').ToFrozenSet(StringComparer.Ordinal));
}
