using System.Collections.Concurrent;

namespace Parallax.Stories.Features;

/// <summary>
/// The keys of one kind (terms, names or anchors) a stream has seen, numbered, with their document frequencies in
/// the stream and in the background. Keys are numbered in the parallel step (<see cref="IdOf"/> is thread-safe);
/// vectors and sums carry the numbers, so the sequential step counts, weighs, sums and compares without hashing a
/// string, and reads the background's frozen dictionary once per key instead of once per key per article.
/// </summary>
/// <remarks>
/// Numbers depend on which thread met a key first, so nothing may depend on their values or order: what is saved
/// or enumerated follows <see cref="Counted"/>, the order in which the sequential step first counted the keys.
/// Counting (<see cref="CountDocument"/>) is not thread-safe and must not overlap numbering.
/// </remarks>
internal sealed class KeyTable(IReadOnlyDictionary<string, int> background)
{
    private readonly ConcurrentDictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly List<int> counted = [];
    private string[] keys = new string[1024];
    private int[] streamCounts = new int[1024];
    private int[] backgroundCounts = new int[1024];
    private int count;

    /// <summary>Keys numbered so far.</summary>
    public int Count => count;

    /// <summary>The key numbered <paramref name="id"/>.</summary>
    public string Key(int id) => keys[id];

    /// <summary>Documents of the stream that have key <paramref name="id"/>.</summary>
    public int StreamFrequency(int id) => streamCounts[id];

    /// <summary>Documents of the background that have key <paramref name="id"/>.</summary>
    public int BackgroundFrequency(int id) => backgroundCounts[id];

    /// <summary>The number of <paramref name="key"/>, numbering it (with no documents yet) when it is new. Thread-safe.</summary>
    public int IdOf(string key)
    {
        if (ids.TryGetValue(key, out var id))
        {
            return id;
        }

        lock (gate)
        {
            if (ids.TryGetValue(key, out id))
            {
                return id;
            }

            id = count;
            if (id == keys.Length)
            {
                Array.Resize(ref keys, id * 2);
                Array.Resize(ref streamCounts, id * 2);
                Array.Resize(ref backgroundCounts, id * 2);
            }

            keys[id] = key;
            backgroundCounts[id] = background.GetValueOrDefault(key);
            count = id + 1;

            // Published last: a thread that finds the key finds its slots filled.
            ids[key] = id;
            return id;
        }
    }

    /// <summary>Counts one more document with key <paramref name="id"/>.</summary>
    public void CountDocument(int id)
    {
        if (streamCounts[id]++ == 0)
        {
            counted.Add(id);
        }
    }

    /// <summary>The keys counted in at least one document of the stream with their counts, in the order first counted.</summary>
    public IEnumerable<KeyValuePair<string, int>> Counted() =>
        counted.Select(id => new KeyValuePair<string, int>(keys[id], streamCounts[id]));

    /// <summary>Puts back a count saved from <see cref="Counted"/> (in its order, so the order is kept).</summary>
    public void Restore(string key, int documents)
    {
        var id = IdOf(key);
        if (streamCounts[id] == 0 && documents > 0)
        {
            counted.Add(id);
        }

        streamCounts[id] = documents;
    }
}
