using System.Collections.Frozen;
using System.Text;
using Parallax.Core.Annotations;

namespace Parallax.Language.Entities;

/// <summary>
/// Decides whether two names of the same kind denote the same entity: equal phonetic keys (transliteration and
/// spelling variants such as Zelensky / Zelenskiy / Zelenskyy), a surname alone against a full name
/// ("Peskov" / "Dmitry Peskov"), the same surname with the same first initial ("Vladimir Zelenskiy" /
/// "Volodymyr Zelensky", "J. Smith" / "John Smith"), and acronyms of organisations ("NATO").
/// </summary>
public static class EntityNameMatcher
{
    private static readonly FrozenDictionary<char, char> Folds = BuildFolds();

    private static readonly FrozenSet<string> AcronymSkips = new[] { "of", "the", "and", "for", "on", "in", "de", "des", "du" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> name the same entity of kind <paramref name="kind"/>.</summary>
    public static bool IsSameEntity(string a, string b, EntityKind kind)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return IsSameEntity(KeyWords(a), KeyWords(b), kind);
    }

    /// <summary>The same test on names already split into phonetic word keys (see <see cref="KeyWords"/>).</summary>
    internal static bool IsSameEntity(string[] wa, string[] wb, EntityKind kind)
    {
        if (wa.Length == 0 || wb.Length == 0)
        {
            return false;
        }

        if (wa.AsSpan().SequenceEqual(wb))
        {
            return true;
        }

        if (kind == EntityKind.Person)
        {
            if (wa.Length == 1 || wb.Length == 1)
            {
                var single = wa.Length == 1 ? wa[0] : wb[0];
                var full = wa.Length == 1 ? wb : wa;
                return single.Length > 1 && full[^1] == single;
            }

            if (wa[^1] != wb[^1])
            {
                return false;
            }

            // The same first initial ("J. Smith"), or one name ends the other ("von der Leyen", "Tayyip Erdogan").
            var shorter = wa.Length <= wb.Length ? wa : wb;
            var longer = wa.Length <= wb.Length ? wb : wa;
            return wa[0][0] == wb[0][0] || longer.AsSpan(longer.Length - shorter.Length).SequenceEqual(shorter);
        }

        if (kind is EntityKind.Organization or EntityKind.Location && (wa.Length == 1 || wb.Length == 1))
        {
            var single = wa.Length == 1 ? wa[0] : wb[0];
            var full = wa.Length == 1 ? wb : wa;
            return full.Length > 1 && single == Initials(full);
        }

        return false;
    }

    /// <summary>
    /// The phonetic key of a name: diacritics folded, lower case, letters and digits only, then the spelling variants
    /// of romanisation unified (y→i, x→ks, ph→f, w→v) and doubled letters collapsed. Words are joined by one space.
    /// </summary>
    public static string Key(string name) => string.Join(' ', KeyWords(name));

    internal static string[] KeyWords(string name)
    {
        var words = name.Split([' ', '-', '‐', '\u00A0', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var keys = new List<string>(words.Length);
        foreach (var word in words)
        {
            var key = WordKey(word);
            if (key.Length > 0)
            {
                keys.Add(key);
            }
        }

        return [.. keys];
    }

    private static string WordKey(string word)
    {
        var capacity = (word.Length * 2) + 4;
        Span<char> buffer = capacity <= 256 ? stackalloc char[capacity] : new char[capacity];
        var n = 0;
        foreach (var raw in word)
        {
            var c = raw < 128 ? (raw is >= 'A' and <= 'Z' ? (char)(raw | 0x20) : raw) : char.ToLowerInvariant(raw);
            if (c >= 128 && Folds.TryGetValue(c, out var folded))
            {
                c = folded;
            }

            switch (c)
            {
                case 'ß':
                    buffer[n++] = 's';
                    buffer[n++] = 's';
                    continue;
                case 'æ':
                    buffer[n++] = 'a';
                    buffer[n++] = 'e';
                    continue;
                case 'œ':
                    buffer[n++] = 'o';
                    buffer[n++] = 'e';
                    continue;
                case 'x':
                    buffer[n++] = 'k';
                    buffer[n++] = 's';
                    continue;
                case 'y':
                    buffer[n++] = 'i';
                    continue;
                case 'w':
                    buffer[n++] = 'v';
                    continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = c;
            }
        }

        // "ph" → "f" and doubled letters collapsed, in place (the write index never passes the read index).
        var m = 0;
        for (var i = 0; i < n; i++)
        {
            var c = buffer[i];
            if (c == 'p' && i + 1 < n && buffer[i + 1] == 'h')
            {
                c = 'f';
                i++;
            }

            if (m == 0 || buffer[m - 1] != c)
            {
                buffer[m++] = c;
            }
        }

        return new string(buffer[..m]);
    }

    private static string Initials(string[] words)
    {
        var initials = new StringBuilder(words.Length);
        foreach (var word in words)
        {
            if (!AcronymSkips.Contains(word))
            {
                initials.Append(word[0]);
            }
        }

        return initials.ToString();
    }

    private static FrozenDictionary<char, char> BuildFolds()
    {
        (string From, char To)[] groups =
        [
            ("àáâãäåāăą", 'a'), ("çćĉċč", 'c'), ("ďđ", 'd'), ("èéêëēĕėęě", 'e'), ("ĝğġģ", 'g'), ("ĥħ", 'h'),
            ("ìíîïĩīĭįı", 'i'), ("ĵ", 'j'), ("ķ", 'k'), ("ĺļľŀł", 'l'), ("ñńņňŉ", 'n'), ("òóôõöøōŏő", 'o'),
            ("ŕŗř", 'r'), ("śŝşšș", 's'), ("ţťŧț", 't'), ("ùúûüũūŭůűų", 'u'), ("ŵ", 'w'), ("ýÿŷ", 'y'), ("źżž", 'z'),
        ];
        var map = new Dictionary<char, char>();
        foreach (var (from, to) in groups)
        {
            foreach (var c in from)
            {
                map[c] = to;
            }
        }

        return map.ToFrozenDictionary();
    }
}
