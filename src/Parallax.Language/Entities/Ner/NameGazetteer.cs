using System.Collections.Frozen;
using Parallax.Core.Annotations;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// Names learned from annotated training text, each with the set of kinds it was annotated with (a bit per
/// <see cref="EntityKind"/>). The tagger sees, for each token, whether it begins, continues, ends or is a known name
/// and of which kinds; the model learns how far to trust that. Names and words are kept as stable 64-bit hashes
/// (<see cref="HashedWords.Hash"/>), so a saved model holds no list of the training text's names. Immutable.
/// </summary>
public sealed class NameGazetteer
{
    /// <summary>Names longer than this many tokens are not kept (they are rare and never recur).</summary>
    public const int MaxTokens = 6;

    /// <summary>Kind bits per name (its tokens joined by single spaces), by hash.</summary>
    private readonly FrozenDictionary<ulong, byte> kinds;

    /// <summary>Kind bits of the names each word is part of, by hash.</summary>
    private readonly FrozenDictionary<ulong, byte> wordKinds;

    /// <summary>For each first word of a name of two or more tokens (by hash), the longest such name's length.</summary>
    private readonly FrozenDictionary<ulong, int> longestFrom;

    /// <summary>Builds a gazetteer from (name, kind-bit set) entries; the name's tokens are joined by single spaces.</summary>
    public NameGazetteer(IEnumerable<KeyValuePair<string, byte>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var names = new Dictionary<ulong, byte>();
        var words = new Dictionary<ulong, byte>();
        var longest = new Dictionary<ulong, int>();
        foreach (var (name, bits) in entries)
        {
            var key = HashedWords.Hash(name);
            names[key] = (byte)(names.GetValueOrDefault(key) | bits);
            var parts = name.Split(' ');
            foreach (var word in parts)
            {
                var wordKey = HashedWords.Hash(word);
                words[wordKey] = (byte)(words.GetValueOrDefault(wordKey) | bits);
            }

            if (parts.Length > 1)
            {
                var first = HashedWords.Hash(parts[0]);
                longest[first] = Math.Max(parts.Length, longest.GetValueOrDefault(first));
            }
        }

        kinds = names.ToFrozenDictionary();
        wordKinds = words.ToFrozenDictionary();
        longestFrom = longest.ToFrozenDictionary();
    }

    private NameGazetteer(FrozenDictionary<ulong, byte> kinds, FrozenDictionary<ulong, byte> wordKinds, FrozenDictionary<ulong, int> longestFrom)
    {
        this.kinds = kinds;
        this.wordKinds = wordKinds;
        this.longestFrom = longestFrom;
    }

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
    public byte WordKinds(string word) => wordKinds.GetValueOrDefault(HashedWords.Hash(word));

    /// <summary>Writes the three hashed tables, keys in ascending order (the same gazetteer gives the same bytes).</summary>
    internal void Write(BinaryWriter writer)
    {
        WriteTable(writer, kinds, static (w, v) => w.Write(v));
        WriteTable(writer, wordKinds, static (w, v) => w.Write(v));
        WriteTable(writer, longestFrom, static (w, v) => w.Write(v));
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    internal static NameGazetteer Read(BinaryReader reader) =>
        new(ReadTable(reader, static r => r.ReadByte()), ReadTable(reader, static r => r.ReadByte()), ReadTable(reader, static r => r.ReadInt32()));

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
                for (var n = Math.Min(longestFrom.GetValueOrDefault(HashedWords.Hash(words[i]), 1), words.Length - i); n >= 1; n--)
                {
                    var key = n == 1 ? words[i] : string.Join(' ', words.Slice(i, n));
                    if (kinds.TryGetValue(HashedWords.Hash(key), out var bits))
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

    private static void WriteTable<T>(BinaryWriter writer, FrozenDictionary<ulong, T> table, Action<BinaryWriter, T> write)
    {
        writer.Write(table.Count);
        foreach (var (key, value) in table.OrderBy(static e => e.Key))
        {
            writer.Write(key);
            write(writer, value);
        }
    }

    private static FrozenDictionary<ulong, T> ReadTable<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var table = new Dictionary<ulong, T>();
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            table[key] = read(reader);
        }

        return table.ToFrozenDictionary();
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
