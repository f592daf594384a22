using System.Collections.Concurrent;

namespace Parallax.Stories.Features;

/// <summary>
/// The keys of one kind (terms, names or anchors) a stream has seen, numbered, with their document frequencies in
/// the stream and in the background. Keys are numbered in the parallel step (<see cref="IdOf"/> is thread-safe);
/// vectors and sums carry the numbers, so the sequential step counts, weighs, sums and compares without hashing a
/// string, and looks the key's hash up in the background once per key instead of once per key per article.
/// </summary>
/// <remarks>
/// Numbers depend on which thread met a key first, so nothing may depend on their values or order: what is saved
/// or enumerated follows <see cref="Counted"/>, the order in which the sequential step first counted the keys.
/// Counting (<see cref="CountDocument"/>) is not thread-safe (one sequential step counts), but it may overlap
/// numbering: the pipelined <c>Add</c> numbers the keys of later articles while it counts earlier ones.
/// </remarks>
internal sealed class KeyTable(HashedCounts background)
{
    // Slots live in fixed pages that never move once made: numbering (under the lock) may add pages and replace the
    // page directory while the sequential step counts and reads slots of keys numbered earlier, and those reads and
    // writes always reach the one page that holds the slot. This is what lets numbering of later articles overlap
    // counting of earlier ones.
    private const int PageBits = 12;
    private const int PageSize = 1 << PageBits;
    private const int PageMask = PageSize - 1;

    private readonly ConcurrentDictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly List<int> counted = [];
    private Slot[][] pages = [new Slot[PageSize]];
    private int count;

    /// <summary>Keys numbered so far.</summary>
    public int Count => count;

    /// <summary>The key numbered <paramref name="id"/>.</summary>
    public string Key(int id) => SlotOf(id).Key;

    /// <summary>Documents of the stream that have key <paramref name="id"/>.</summary>
    public int StreamFrequency(int id) => SlotOf(id).Stream;

    /// <summary>Documents of the background that have key <paramref name="id"/>.</summary>
    public int BackgroundFrequency(int id) => SlotOf(id).Background;

    /// <summary>
    /// The number of <paramref name="key"/>, numbering it (with no documents yet) when it is new. Thread-safe, also
    /// while the sequential step counts keys numbered before.
    /// </summary>
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
            var page = id >> PageBits;
            if (page == pages.Length)
            {
                var grown = new Slot[pages.Length * 2][];
                Array.Copy(pages, grown, pages.Length);
                grown[page] = new Slot[PageSize];
                pages = grown;
            }
            else
            {
                pages[page] ??= new Slot[PageSize];
            }

            ref var slot = ref pages[page][id & PageMask];
            slot.Key = key;
            slot.Background = background.Of(key);
            count = id + 1;

            // Published last: a thread that finds the key finds its slot filled.
            ids[key] = id;
            return id;
        }
    }

    /// <summary>Counts one more document with key <paramref name="id"/>. Sequential step only.</summary>
    public void CountDocument(int id)
    {
        if (SlotOf(id).Stream++ == 0)
        {
            counted.Add(id);
        }
    }

    /// <summary>The keys counted in at least one document of the stream with their counts, in the order first counted.</summary>
    public IEnumerable<KeyValuePair<string, int>> Counted() =>
        counted.Select(id => new KeyValuePair<string, int>(Key(id), StreamFrequency(id)));

    /// <summary>Puts back a count saved from <see cref="Counted"/> (in its order, so the order is kept).</summary>
    public void Restore(string key, int documents)
    {
        var id = IdOf(key);
        ref var slot = ref SlotOf(id);
        if (slot.Stream == 0 && documents > 0)
        {
            counted.Add(id);
        }

        slot.Stream = documents;
    }

    private ref Slot SlotOf(int id) => ref pages[id >> PageBits][id & PageMask];

    /// <summary>One key's string and its document counts.</summary>
    private struct Slot
    {
        public string Key;
        public int Stream;
        public int Background;
    }
}
