namespace Parallax.Stories.Features;

/// <summary>
/// Finds words in text without allocating: runs of letters and digits, with an apostrophe kept inside a word
/// ("don't", "Russia's") and hyphens, dashes and other punctuation splitting words.
/// </summary>
internal ref struct WordScanner(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> text = text;
    private int position;

    /// <summary>Where the current word starts.</summary>
    public int Start { get; private set; }

    /// <summary>How long the current word is.</summary>
    public int Length { get; private set; }

    /// <summary>The current word.</summary>
    public readonly ReadOnlySpan<char> Current => text.Slice(Start, Length);

    /// <summary>Moves to the next word; false at the end of the text.</summary>
    public bool MoveNext()
    {
        var i = position;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            position = i;
            return false;
        }

        var start = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        Start = start;
        Length = i - start;
        position = i;
        return true;
    }

    /// <summary>The ASCII and typographic apostrophes.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
}
