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
    internal const int Slots = 1 << SlotBits;

    [ThreadStatic]
    private static RecentWords<T>? current;

    // A form and its value side by side, with the form's first eight characters packed into the entry: a look-up
    // reads one entry, and the form's string only when the form is longer than that. Reading the string, somewhere
    // else in the heap, was a second cache miss per word.
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
        var head = Head.Of(word);
        slot = head.Slot(word);
        ref readonly var entry = ref entries[slot];
        if (entry.Word is { } cached
            && entry.Low == head.Low
            && entry.High == head.High
            && entry.Length == head.Length
            && (word.Length <= Head.Characters || word[Head.Characters..].SequenceEqual(cached.AsSpan(Head.Characters))))
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
        var head = Head.Of(word);
        entries[slot] = new Entry(word, head.Low, head.High, head.Length, value);
    }

    /// <summary>A cached form (null: none), its <see cref="Head"/> laid out flat (32 bytes for a number) and its value.</summary>
    private readonly record struct Entry(string? Word, ulong Low, ulong High, int Length, T Value);

    /// <summary>
    /// A form's length and its first <see cref="Characters"/> characters, packed (the missing ones as 0): equal heads
    /// mean equal forms up to that length, and for forms no longer than that, equal forms.
    /// </summary>
    private readonly record struct Head(ulong Low, ulong High, int Length)
    {
        public const int Characters = 8;

        public static Head Of(ReadOnlySpan<char> word)
        {
            ulong low = 0, high = 0;
            var n = Math.Min(word.Length, Characters);
            for (var i = 0; i < n; i++)
            {
                if (i < 4)
                {
                    low |= (ulong)word[i] << (16 * i);
                }
                else
                {
                    high |= (ulong)word[i] << (16 * (i - 4));
                }
            }

            return new Head(low, high, word.Length);
        }

        /// <summary>
        /// Where the form goes: a mix of the packed characters and, for a longer form, FNV-1a over the rest. Only where
        /// a word is cached depends on it.
        /// </summary>
        public int Slot(ReadOnlySpan<char> word)
        {
            var hash = (Low * 0x9E3779B97F4A7C15UL) ^ (High * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)Length;
            for (var i = Characters; i < word.Length; i++)
            {
                hash = (hash ^ word[i]) * 1099511628211UL;
            }

            hash ^= hash >> 29;
            hash *= 0xBF58476D1CE4E5B9UL;
            return (int)(hash >> (64 - SlotBits));
        }
    }

    private const int SlotBits = 16;
}
