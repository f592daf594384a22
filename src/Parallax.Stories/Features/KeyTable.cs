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
/// <para>
/// The table forgets: a key not counted in any document for longer than the horizon is counted afresh (from zero, as a
/// new key) when it is met again, whenever that happens, so what the counts say depends on the stream alone. Its slot
/// and number are released by <see cref="ReleaseForgotten"/>, between batches, unless something still holds the
/// number (<see cref="Hold"/>); a released number is given to the next new key.
/// </para>
/// </remarks>
internal sealed class KeyTable(HashedCounts background, long horizonTicks = long.MaxValue)
{
    /// <summary>The time stamp of a count made before the stream had a date: such a count is never forgotten.</summary>
    public const long Undated = long.MinValue;

    // Slots live in fixed pages that never move once made: numbering (under the lock) may add pages and replace the
    // page directory while the sequential step counts and reads slots of keys numbered earlier, and those reads and
    // writes always reach the one page that holds the slot. This is what lets numbering of later articles overlap
    // counting of earlier ones.
    private const int PageBits = 12;
    private const int PageSize = 1 << PageBits;
    private const int PageMask = PageSize - 1;

    private readonly ConcurrentDictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly Stack<int> released = new();
    private Slot[][] pages = [new Slot[PageSize]];
    private bool[] held = [];
    private int count;

    // Counting order: a key gets the next number when it is first counted, and again when it is counted afresh after
    // being forgotten, so the saved order does not depend on when forgotten slots were released.
    private long countingOrder;

    /// <summary>Numbers in use or released so far: the size the table has grown to.</summary>
    public int Count => count;

    /// <summary>Keys numbered now (released numbers left out).</summary>
    public int LiveCount
    {
        get
        {
            lock (gate)
            {
                return count - released.Count;
            }
        }
    }

    /// <summary>The key numbered <paramref name="id"/>.</summary>
    public string Key(int id) => SlotOf(id).Key;

    /// <summary>Documents of the stream that have key <paramref name="id"/> (as last counted: read it after counting the document).</summary>
    public int StreamFrequency(int id) => SlotOf(id).Stream;

    /// <summary>
    /// True when key <paramref name="id"/> is forgotten at <paramref name="now"/>: counted before, but not within the
    /// horizon (met again, it would be counted afresh). Sequential step only.
    /// </summary>
    public bool IsForgotten(int id, long now) => IsForgotten(SlotOf(id), now);

    /// <summary>Documents of the background that have key <paramref name="id"/>.</summary>
    public int BackgroundFrequency(int id) => SlotOf(id).Background;

    /// <summary>
    /// What weighting key <paramref name="id"/> reads, from one slot: its documents in the stream plus the background,
    /// and its <see cref="OrdinalPrefix"/>, which orders keys of equal weight.
    /// </summary>
    public int DocumentFrequency(int id, out ulong ordinalPrefix)
    {
        ref readonly var slot = ref SlotOf(id);
        ordinalPrefix = slot.Prefix;
        return slot.Stream + slot.Background;
    }

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

            if (!released.TryPop(out id))
            {
                id = count;
                AddPageFor(id);
                count = id + 1;
            }

            ref var slot = ref SlotOf(id);
            slot = new Slot { Key = key, Prefix = OrdinalPrefix.Of(key), Background = background.Of(key), LastSeen = Undated };

            // Published last: a thread that finds the key finds its slot filled.
            ids[key] = id;
            return id;
        }
    }

    /// <summary>
    /// Counts one more document with key <paramref name="id"/>, seen at <paramref name="seen"/> (UTC ticks of the
    /// stream's clock, or <see cref="Undated"/>); a key forgotten by then is counted from zero. Sequential step only.
    /// </summary>
    public void CountDocument(int id, long seen = Undated)
    {
        ref var slot = ref SlotOf(id);
        if (slot.Stream == 0 || IsForgotten(slot, seen))
        {
            slot.Stream = 0;
            slot.Order = ++countingOrder;
        }

        slot.Stream++;
        if (seen != Undated)
        {
            slot.LastSeen = seen;
        }
    }

    /// <summary>
    /// The keys counted in at least one document of the stream and not forgotten at <paramref name="now"/>, with their
    /// counts and the time each was last seen, in the order they were (last) first counted.
    /// </summary>
    public IEnumerable<(string Key, int Documents, long LastSeen)> Counted(long now = Undated)
    {
        var live = new List<(long Order, int Id)>();
        for (var id = 0; id < count; id++)
        {
            ref var slot = ref SlotOf(id);
            if (slot.Key is not null && slot.Stream > 0 && !IsForgotten(slot, now))
            {
                live.Add((slot.Order, id));
            }
        }

        live.Sort();
        return live.Select(entry =>
        {
            var slot = SlotOf(entry.Id);
            return (slot.Key, slot.Stream, slot.LastSeen);
        });
    }

    /// <summary>Puts back a count saved from <see cref="Counted"/> (in its order, so the order is kept).</summary>
    public void Restore(string key, int documents, long lastSeen = Undated)
    {
        ref var slot = ref SlotOf(IdOf(key));
        if (documents > 0)
        {
            slot.Order = ++countingOrder;
        }

        slot.Stream = documents;
        slot.LastSeen = lastSeen;
    }

    /// <summary>Keeps the number of <paramref name="id"/> through the next <see cref="ReleaseForgotten"/>: something still refers to it.</summary>
    public void Hold(int id)
    {
        if (held.Length < count)
        {
            Array.Resize(ref held, Math.Max(count, 2 * held.Length));
        }

        held[id] = true;
    }

    /// <summary>
    /// Releases the numbers of the keys forgotten at <paramref name="now"/> (or numbered and never counted) that are
    /// not held, and clears the holds. Not while keys are numbered or counted: between batches only.
    /// </summary>
    /// <returns>For each number below <see cref="Count"/>, whether it was released now.</returns>
    public bool[] ReleaseForgotten(long now)
    {
        var releasedNow = new bool[count];
        lock (gate)
        {
            for (var id = 0; id < count; id++)
            {
                ref var slot = ref SlotOf(id);
                if (slot.Key is null || (id < held.Length && held[id]) || (slot.Stream > 0 && !IsForgotten(slot, now)))
                {
                    continue;
                }

                ids.TryRemove(slot.Key, out _);
                slot = default;
                released.Push(id);
                releasedNow[id] = true;
            }
        }

        Array.Clear(held);
        return releasedNow;
    }

    private bool IsForgotten(in Slot slot, long now) =>
        now != Undated && slot.LastSeen != Undated && now - slot.LastSeen > horizonTicks;

    private void AddPageFor(int id)
    {
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
    }

    private ref Slot SlotOf(int id) => ref pages[id >> PageBits][id & PageMask];

    /// <summary>
    /// One key's string and its <see cref="OrdinalPrefix"/> (worked out once when numbered, not per article that has
    /// the key), its document counts, when it was last counted and its place in counting order.
    /// </summary>
    private struct Slot
    {
        public string Key;
        public ulong Prefix;
        public int Stream;
        public int Background;
        public long LastSeen;
        public long Order;
    }
}
