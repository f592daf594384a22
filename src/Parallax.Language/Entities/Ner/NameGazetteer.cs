using System.Collections.Frozen;
using Parallax.Core.Annotations;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// Names learned from annotated training text, each with the set of kinds it was annotated with (a bit per
/// <see cref="EntityKind"/>). The tagger sees, for each token, whether it begins, continues, ends or is a known name
/// and of which kinds; the model learns how far to trust that. Immutable.
/// </summary>
public sealed class NameGazetteer
{
    /// <summary>Names longer than this many tokens are not kept (they are rare and never recur).</summary>
    public const int MaxTokens = 6;

    private readonly FrozenDictionary<string, byte> kinds;
    private readonly FrozenDictionary<string, byte> wordKinds;

    /// <summary>For each first word of a name of two or more tokens, the longest such name's length.</summary>
    private readonly FrozenDictionary<string, int> longestFrom;

    /// <summary>Builds a gazetteer from (name, kind-bit set) entries; the name's tokens are joined by single spaces.</summary>
    public NameGazetteer(IEnumerable<KeyValuePair<string, byte>> entries)
    {
        kinds = entries.ToFrozenDictionary(StringComparer.Ordinal);
        var words = new Dictionary<string, byte>(StringComparer.Ordinal);
        var longest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, bits) in kinds)
        {
            var parts = name.Split(' ');
            foreach (var word in parts)
            {
                words[word] = (byte)(words.GetValueOrDefault(word) | bits);
            }

            if (parts.Length > 1)
            {
                longest[parts[0]] = Math.Max(parts.Length, longest.GetValueOrDefault(parts[0]));
            }
        }

        wordKinds = words.ToFrozenDictionary(StringComparer.Ordinal);
        longestFrom = longest.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The entries, in ordinal order of name (the order they are saved in).</summary>
    public IEnumerable<KeyValuePair<string, byte>> Entries => kinds.OrderBy(e => e.Key, StringComparer.Ordinal);

    /// <summary>The number of names.</summary>
    public int Count => kinds.Count;

    /// <summary>A gazetteer of the names in <paramref name="names"/>: token runs with their kinds.</summary>
    public static NameGazetteer Learn(IEnumerable<(IReadOnlyList<string> Words, EntityKind Kind)> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var entries = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (words, kind) in names)
        {
            if (words.Count <= MaxTokens)
            {
                var key = string.Join(' ', words);
                entries[key] = (byte)(entries.GetValueOrDefault(key) | (1 << (int)kind));
            }
        }

        return new NameGazetteer(entries);
    }

    /// <summary>The kind bits of the names <paramref name="word"/> is part of (0 when none).</summary>
    public byte WordKinds(string word) => wordKinds.GetValueOrDefault(word);

    /// <summary>
    /// Marks known names in <paramref name="words"/>, longest first, left to right: each covered token gets
    /// 16 × position (1 begin, 2 inside, 3 last, 4 unit) + the name's kind bits; other tokens get 0.
    /// </summary>
    public void Mark(ReadOnlySpan<string> words, Span<int> codes)
    {
        codes.Clear();
        var i = 0;
        while (i < words.Length)
        {
            var matched = 0;
            if (char.IsUpper(words[i][0]) || char.IsDigit(words[i][0]))
            {
                for (var n = Math.Min(longestFrom.GetValueOrDefault(words[i], 1), words.Length - i); n >= 1; n--)
                {
                    var key = n == 1 ? words[i] : string.Join(' ', words.Slice(i, n));
                    if (kinds.TryGetValue(key, out var bits))
                    {
                        Fill(codes.Slice(i, n), bits);
                        matched = n;
                        break;
                    }
                }
            }

            i += Math.Max(1, matched);
        }
    }

    private static void Fill(Span<int> codes, byte bits)
    {
        if (codes.Length == 1)
        {
            codes[0] = (4 * 16) + bits;
            return;
        }

        codes.Fill((2 * 16) + bits);
        codes[0] = (1 * 16) + bits;
        codes[^1] = (3 * 16) + bits;
    }
}
