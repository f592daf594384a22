using System.Collections.Frozen;
using Parallax.Language.Entities.Ner;

namespace Parallax.Stories;

/// <summary>
/// Document counts per key (a stemmed term, a folded name key, an anchor) with the keys kept only as stable 64-bit
/// hashes (<see cref="HashedWords.Hash"/>), so that counts saved from training texts hold none of their words.
/// A key is looked up by its hash. Immutable.
/// </summary>
/// <remarks>
/// Two keys with the same hash would share one entry, which then holds the larger of their counts (the choice does
/// not depend on the order the keys come in). Among the shipped counts' 18,565 keys no two hashes collide.
/// </remarks>
public sealed class HashedCounts
{
    private readonly FrozenDictionary<ulong, int> counts;

    private HashedCounts(FrozenDictionary<ulong, int> counts) => this.counts = counts;

    /// <summary>No keys.</summary>
    public static HashedCounts Empty { get; } = new(FrozenDictionary<ulong, int>.Empty);

    /// <summary>The number of keys (of distinct hashes).</summary>
    public int Count => counts.Count;

    /// <summary>The hashes with their counts in ascending hash order (the order they are saved in).</summary>
    public IEnumerable<KeyValuePair<ulong, int>> Entries => counts.OrderBy(static c => c.Key);

    /// <summary>The counts of <paramref name="keys"/>, each key kept as its hash.</summary>
    public static HashedCounts Of(IEnumerable<KeyValuePair<string, int>> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return FromHashes(keys.Select(static k => KeyValuePair.Create(Hash(k.Key), k.Value)));
    }

    /// <summary>The counts given by their hashes (as <see cref="Entries"/> lists them).</summary>
    public static HashedCounts FromHashes(IEnumerable<KeyValuePair<ulong, int>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var merged = new Dictionary<ulong, int>();
        foreach (var (hash, count) in entries)
        {
            merged[hash] = Math.Max(count, merged.GetValueOrDefault(hash));
        }

        return merged.Count == 0 ? Empty : new(merged.ToFrozenDictionary());
    }

    /// <summary>The stable hash <paramref name="key"/> is kept under.</summary>
    public static ulong Hash(string key) => HashedWords.Hash(key);

    /// <summary>The count of <paramref name="key"/>; 0 when it is not counted.</summary>
    public int Of(string key) => counts.GetValueOrDefault(Hash(key));

    /// <summary>True when <paramref name="key"/> is counted.</summary>
    public bool Contains(string key) => counts.ContainsKey(Hash(key));
}
