namespace Parallax.Language.Entities.Ner;

/// <summary>
/// How a document writes its words: which appear in lower case, and which are capitalised away from the start of a
/// sentence (outside all-caps headlines). A capitalised sentence-initial word that the document elsewhere writes in
/// lower case is probably not a name; one it capitalises mid-sentence probably is.
/// </summary>
internal sealed class NerDocumentCasing
{
    private readonly HashSet<string> lowerCase = new(StringComparer.Ordinal);
    private readonly HashSet<string> capitalisedMidSentence = new(StringComparer.Ordinal);

    public NerDocumentCasing(IEnumerable<string[]> sentences)
    {
        foreach (var words in sentences)
        {
            var headline = IsHeadline(words);
            for (var i = 0; i < words.Length; i++)
            {
                var word = words[i];
                if (char.IsLower(word[0]))
                {
                    lowerCase.Add(word);
                }
                else if (i > 0 && !headline && char.IsUpper(word[0]))
                {
                    capitalisedMidSentence.Add(word);
                }
            }
        }
    }

    public bool SeenLowerCase(string lower) => lowerCase.Contains(lower);

    public bool SeenCapitalisedMidSentence(string word) => capitalisedMidSentence.Contains(word);

    /// <summary>True for a sentence with at least two letters-bearing words and no lower-case letter (a wire headline).</summary>
    public static bool IsHeadline(string[] words)
    {
        var lettered = 0;
        foreach (var word in words)
        {
            foreach (var c in word)
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }

            if (word.Any(char.IsLetter))
            {
                lettered++;
            }
        }

        return lettered >= 2;
    }

    /// <summary>True for a word of two or more letters, all upper case.</summary>
    public static bool IsAllCaps(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }
}
