namespace Parallax.Language.Entities.Ner;

/// <summary>
/// What the whole document says about its words. How it writes them: which appear in lower case, and which are
/// capitalised away from the start of a sentence outside all-caps headlines (a capitalised sentence-initial word
/// the document elsewhere writes in lower case is probably not a name; one it capitalises mid-sentence probably is).
/// And where each capitalised word occurs, so a token can see the words around its other mentions (Ratinov and
/// Roth's context aggregation: "Leeds" next to "beat" in one sentence and "coach" in another).
/// </summary>
internal sealed class NerDocumentContext
{
    /// <summary>Other mentions looked at per token; more add cost and little evidence.</summary>
    private const int MaxMentions = 10;

    private readonly HashSet<string> lowerCase = new(StringComparer.Ordinal);
    private readonly HashSet<string> capitalisedMidSentence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Sentence, int Token)>> mentions = new(StringComparer.Ordinal);
    private readonly string[][] norms;

    public NerDocumentContext(IReadOnlyList<string[]> sentences)
    {
        norms = new string[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            norms[s] = [.. words.Select(NerSentenceView.Normalise)];
            var headline = IsHeadline(words);
            for (var i = 0; i < words.Length; i++)
            {
                var word = words[i];
                if (char.IsLower(word[0]))
                {
                    lowerCase.Add(word);
                    continue;
                }

                if (!char.IsUpper(word[0]))
                {
                    continue;
                }

                if (i > 0 && !headline)
                {
                    capitalisedMidSentence.Add(word);
                }

                var key = headline ? NerSentenceView.TitleCase(word) : word;
                if (!mentions.TryGetValue(key, out var list))
                {
                    mentions[key] = list = [];
                }

                list.Add((s, i));
            }
        }
    }

    /// <summary>The normalised words (<see cref="NerSentenceView.Normalise"/>) of sentence <paramref name="sentence"/>.</summary>
    public string[] NormsOf(int sentence) => norms[sentence];

    public bool SeenLowerCase(string lower) => lowerCase.Contains(lower);

    public bool SeenCapitalisedMidSentence(string word) => capitalisedMidSentence.Contains(word);

    /// <summary>Adds the normalised words next to the other mentions of <paramref name="key"/> (offset 1 before, 2 after).</summary>
    public void AddNeighboursOfOtherMentions(string key, int sentence, int token, HashSet<(int Offset, string Norm)> neighbours)
    {
        if (!mentions.TryGetValue(key, out var list))
        {
            return;
        }

        var seen = 0;
        foreach (var (s, i) in list)
        {
            if ((s, i) == (sentence, token))
            {
                continue;
            }

            if (++seen > MaxMentions)
            {
                break;
            }

            var words = norms[s];
            neighbours.Add((1, i > 0 ? words[i - 1] : "<s>"));
            neighbours.Add((2, i + 1 < words.Length ? words[i + 1] : "</s>"));
        }
    }

    /// <summary>True for a sentence with at least two words bearing letters and no lower-case letter (a wire headline).</summary>
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
