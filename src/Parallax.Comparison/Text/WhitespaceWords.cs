namespace Parallax.Comparison.Text;

/// <summary>
/// Words as a reader and a word budget count them: runs of characters between white space, so "U.S." is one word
/// and a spaced dash is one too. ROUGE-1.5.5's <c>-l</c> counts the same way.
/// </summary>
internal static class WhitespaceWords
{
    /// <summary>How many words <paramref name="text"/> has.</summary>
    public static int Count(string text) => EndOfFirst(text, int.MaxValue).Words;

    /// <summary>
    /// The index just past the last of the first <paramref name="limit"/> words (the text's length when it has no
    /// more), and how many words that is.
    /// </summary>
    public static (int End, int Words) EndOfFirst(string text, int limit)
    {
        var words = 0;
        var end = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                if (words == limit)
                {
                    return (end, words);
                }

                words++;
                inWord = true;
            }

            end = i + 1;
        }

        return (text.Length, words);
    }
}
