namespace Parallax.Stories.Features;

/// <summary>
/// A per-thread cache in front of a memo of word forms (<see cref="WordMemo{T}"/>): of a stream's term numbers
/// (<see cref="DocumentFrequencies.TermId(ReadOnlySpan{char})"/>), and of name keys (<see cref="NameCounter"/>). A direct-mapped table of
/// tens of thousands of forms, so the words a text repeats (function words, the story's own vocabulary) are found in
/// memory the core has at hand instead of in the large shared memo, whose look-ups were most of the cost of counting
/// terms. It only caches: a form's value does not change while the memo's generation stays (numbers released with
/// forgotten terms start a new generation), so the values are those the memo gives.
/// </summary>
/// <typeparam name="T">The value remembered for a form.</typeparam>
internal sealed class RecentWords<T>
{
    /// <summary>
    /// Forms a thread keeps at hand, per kind of value. 4,096 held about three quarters of the forms a stream meets
    /// (the bench's stream of 1,412 texts, 300 events at a time: 75 % of term look-ups found here, the rest in the
    /// shared memo); 65,536 (1 MB per thread and kind) hold 96 %. Only what is cached
    /// depends on it, never a value.
    /// </summary>
    internal const int Slots = 65536;

    [ThreadStatic]
    private static RecentWords<T>? current;

    // A form and its value side by side, so a look-up reads one entry rather than one slot in each of two arrays.
    private readonly Entry[] entries = new Entry[Slots];
    private object? owner;

    /// <summary>The calling thread's cache, emptied first when it last served another memo, or another generation of it, than <paramref name="owner"/> (<see cref="WordMemo{T}.Generation"/>).</summary>
    public static RecentWords<T> ForThisThread(object owner)
    {
        var recent = current ??= new RecentWords<T>();
        if (!ReferenceEquals(recent.owner, owner))
        {
            Array.Clear(recent.entries);
            recent.owner = owner;
        }

        return recent;
    }

    /// <summary>The value cached for <paramref name="word"/>, if it is cached; <paramref name="slot"/> is where it goes.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out T value, out int slot)
    {
        slot = Slot(word);
        ref readonly var entry = ref entries[slot];
        if (entry.Word is { } cached && word.SequenceEqual(cached))
        {
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Caches <paramref name="value"/> for <paramref name="word"/> (the memo's own string) in <paramref name="slot"/>, replacing what was there.</summary>
    public void Remember(string word, T value, int slot)
    {
        entries[slot] = new Entry(word, value);
    }

    /// <summary>FNV-1a over the characters: cheap for short words, and only where a word is cached depends on it.</summary>
    private static int Slot(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)((hash ^ (hash >> 15)) & (Slots - 1));
    }

    /// <summary>A cached form (null: none) and its value.</summary>
    private readonly record struct Entry(string? Word, T Value);
}
