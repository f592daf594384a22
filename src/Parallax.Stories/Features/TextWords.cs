namespace Parallax.Stories.Features;

/// <summary>
/// The words of one text as <see cref="WordScanner"/> finds them, found once and kept as offsets so that terms,
/// names and calendar anchors read the same list instead of scanning the text again. Reused from article to article
/// by one thread; not thread-safe.
/// </summary>
internal sealed class TextWords
{
    private (int Start, int Length)[] words = new (int, int)[512];

    /// <summary>How many words the last scanned text has.</summary>
    public int Count { get; private set; }

    /// <summary>Where word <paramref name="index"/> starts.</summary>
    public int Start(int index) => words[index].Start;

    /// <summary>How long word <paramref name="index"/> is.</summary>
    public int Length(int index) => words[index].Length;

    /// <summary>Word <paramref name="index"/> of <paramref name="text"/>, the text last scanned.</summary>
    public ReadOnlySpan<char> Word(ReadOnlySpan<char> text, int index) => text.Slice(words[index].Start, words[index].Length);

    /// <summary>Finds the words of <paramref name="text"/>, forgetting those of the text before.</summary>
    public void Scan(ReadOnlySpan<char> text)
    {
        Count = 0;
        var scanner = new WordScanner(text);
        while (scanner.MoveNext())
        {
            if (Count == words.Length)
            {
                Array.Resize(ref words, words.Length * 2);
            }

            words[Count++] = (scanner.Start, scanner.Length);
        }
    }
}
