using System.Collections.Concurrent;

namespace Parallax.Stories.Features;

/// <summary>
/// A thread-safe memo from a word as written to a value computed from it alone (its term, its name key), looked up
/// by span so a known word costs no allocation. Bounded: when it holds <c>capacity</c> words it starts afresh, so
/// memory stays flat over an endless stream and words of the current news replace those of past months.
/// </summary>
/// <typeparam name="T">The remembered value; a value that stands for "none" must be a real value (an instance, or -1 for a number), not null.</typeparam>
internal sealed class WordMemo<T>
{
    private readonly ConcurrentDictionary<string, T> entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int capacity;

    // Counted here, because ConcurrentDictionary.Count takes every lock of the table: called per new word from
    // several threads, it was the costliest step of feature extraction.
    private int count;

    /// <summary>Creates an empty memo that holds at most <paramref name="capacity"/> words (a few more while threads race).</summary>
    public WordMemo(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.capacity = capacity;
        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Stands for what the memo holds: replaced whenever words are dropped (<see cref="Forget"/>), so a cache in front
    /// of the memo (<see cref="RecentWords{T}"/>) knows to empty itself.
    /// </summary>
    public object Generation { get; private set; } = new();

    /// <summary>Words remembered now (approximate while other threads add).</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>The remembered value of <paramref name="word"/>, if any.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out T value) => lookup.TryGetValue(word, out value!);

    /// <summary>The remembered value of <paramref name="word"/>, if any, with the memo's own string of the word.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out string key, out T value) => lookup.TryGetValue(word, out key!, out value!);

    /// <summary>
    /// Drops every word whose value <paramref name="drop"/> picks and starts a new <see cref="Generation"/> (a cache
    /// may hold such a word even after the memo itself started afresh). Not while other threads use the memo.
    /// </summary>
    public void Forget(Func<T, bool> drop)
    {
        var dropped = 0;
        foreach (var (word, value) in entries)
        {
            if (drop(value) && entries.TryRemove(word, out _))
            {
                dropped++;
            }
        }

        Interlocked.Add(ref count, -dropped);
        Generation = new object();
    }

    /// <summary>Remembers <paramref name="value"/> for <paramref name="word"/>; when full, forgets every word first.</summary>
    public void Remember(ReadOnlySpan<char> word, T value)
    {
        if (Volatile.Read(ref count) >= capacity)
        {
            lock (entries)
            {
                if (count >= capacity)
                {
                    entries.Clear();
                    Volatile.Write(ref count, 0);
                }
            }
        }

        if (lookup.TryAdd(word, value))
        {
            Interlocked.Increment(ref count);
        }
    }
}
