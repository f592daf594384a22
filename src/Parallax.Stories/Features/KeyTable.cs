using System.Runtime.InteropServices;

namespace Parallax.Stories.Features;

/// <summary>
/// The keys of one kind (terms, names or anchors) a stream has seen, numbered from 0 in the order they were first
/// counted, with their document frequencies in the stream and in the background. Vectors and sums carry these
/// numbers, so comparing and summing them costs an integer look-up instead of hashing and comparing strings, and
/// the background's frozen dictionary is read once per key instead of once per key per article.
/// </summary>
/// <remarks>
/// Numbers follow the sequential order of counting, so they are the same in every run and after a restore (the
/// keys are saved in number order as strings). Not thread-safe: the stream's one writer owns it.
/// </remarks>
internal sealed class KeyTable(IReadOnlyDictionary<string, int> background)
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> keys = [];
    private readonly List<int> streamCounts = [];
    private readonly List<int> backgroundCounts = [];

    /// <summary>Keys numbered so far.</summary>
    public int Count => keys.Count;

    /// <summary>The key numbered <paramref name="id"/>.</summary>
    public string Key(int id) => keys[id];

    /// <summary>Documents of the stream that have key <paramref name="id"/>.</summary>
    public int StreamFrequency(int id) => CollectionsMarshal.AsSpan(streamCounts)[id];

    /// <summary>Documents of the background that have key <paramref name="id"/>.</summary>
    public int BackgroundFrequency(int id) => CollectionsMarshal.AsSpan(backgroundCounts)[id];

    /// <summary>The number of <paramref name="key"/>, numbering it (with no documents yet) when it is new.</summary>
    public int IdOf(string key)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, key, out var exists);
        if (!exists)
        {
            id = keys.Count;
            keys.Add(key);
            streamCounts.Add(0);
            backgroundCounts.Add(background.GetValueOrDefault(key));
        }

        return id;
    }

    /// <summary>Counts one more document with <paramref name="key"/>; returns its number.</summary>
    public int CountDocument(string key)
    {
        var id = IdOf(key);
        CollectionsMarshal.AsSpan(streamCounts)[id]++;
        return id;
    }

    /// <summary>The keys counted in at least one document of the stream with their counts, in number order.</summary>
    public IEnumerable<KeyValuePair<string, int>> Counted()
    {
        for (var id = 0; id < keys.Count; id++)
        {
            if (streamCounts[id] > 0)
            {
                yield return new KeyValuePair<string, int>(keys[id], streamCounts[id]);
            }
        }
    }

    /// <summary>Puts back a saved count (keys come in number order, so they get their old numbers).</summary>
    public void Restore(string key, int count)
    {
        var id = IdOf(key);
        streamCounts[id] = count;
    }
}
