using Parallax.Language.PartsOfSpeech;

namespace Parallax.Language.Time;

/// <summary>
/// The tense of the finite verb nearest an expression, from the shipped part-of-speech tagger, for when no cue word
/// decides it ("they meet Monday", "the vote is set for Tuesday"). Only sentences asked about are tagged.
/// </summary>
internal sealed partial class TimexScanner
{
    // The Penn tag of each token, filled a sentence at a time on first need; null where not yet tagged.
    private string?[]? verbTags;

    /// <summary>
    /// The tense of the finite verb nearest tokens <c>[first, end)</c> in their sentence, looking before the expression
    /// first and then after it, as the cue words are looked for; Unknown when no tagger ships or no finite verb decides.
    /// </summary>
    private Tense VerbTenseAround(int first, int end)
    {
        if (PosModel.Default is not { } model)
        {
            return Tense.Unknown;
        }

        for (var k = first - 1; k >= Math.Max(0, first - TenseWindowBefore) && SameSentence(k, first); k--)
        {
            if (VerbTenseAt(model, k, first) is { } tense)
            {
                return tense;
            }
        }

        for (var k = end; k < Math.Min(tokens.Length, end + TenseWindowAfter) && SameSentence(k, end - 1); k++)
        {
            if (VerbTenseAt(model, k, first: -1) is { } tense)
            {
                return tense;
            }
        }

        return Tense.Unknown;
    }

    /// <summary>
    /// The tense token <paramref name="k"/> gives an expression starting at token <paramref name="first"/> (-1 when the
    /// expression comes before it) when it is a finite verb, null for any other token, which lets the search go on.
    /// </summary>
    private Tense? VerbTenseAt(PosModel model, int k, int first)
    {
        if (!tokens[k].IsWord)
        {
            return null;
        }

        var word = tokens[k].Lower;
        switch (PosTagAt(model, k))
        {
            case "VBD":
                return Tense.Past;
            case "VBZ" or "VBP" when word is "has" or "have" or "ve" && PerfectFollows(model, k):
                // "has met", "have been held": a present perfect looks back.
                return Tense.Past;
            case "VBZ" or "VBP" when word is "is" or "are" or "am" or "s" or "re" && Is(k + 1, "to") && Word(k + 2) is not null:
                // "is to restart on Tuesday": "be to" states a plan.
                return Tense.Future;
            case "VBZ" or "VBP":
                // A present verb group the day directly modifies ("they meet Monday", "the vote is set for Tuesday")
                // states what is planned. Farther off, the day may belong to a phrase of its own ("the girl, who is in
                // hospital after being shot Friday"), and a present verb says nothing of it.
                return first >= 0 && GovernsDirectly(model, k, first) ? Tense.Present : Tense.Unknown;
            case "MD":
                // "would" and "could" are a future seen from the past (reported speech), which says nothing of the
                // direction from the creation time; the present modals look ahead.
                return word is "would" or "could" or "d" ? Tense.Unknown : Tense.Future;
            default:
                return null;
        }
    }

    /// <summary>
    /// True when only the rest of the verb group lies between the finite verb at <paramref name="k"/> and the expression
    /// at <paramref name="first"/>: adverbs, participles, infinitives, particles, and one preposition right before it.
    /// </summary>
    private bool GovernsDirectly(PosModel model, int k, int first)
    {
        for (var j = k + 1; j < first; j++)
        {
            var tag = PosTagAt(model, j);
            var allowed = tag is "RB" or "RBR" or "VBN" or "VBG" or "VB" or "TO" or "RP" || (j == first - 1 && tag == "IN");
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a past participle follows the auxiliary at <paramref name="k"/>, past at most one adverb.</summary>
    private bool PerfectFollows(PosModel model, int k)
    {
        for (var j = k + 1; j <= k + 2 && SameSentence(k, j); j++)
        {
            var tag = PosTagAt(model, j);
            if (tag == "VBN")
            {
                return true;
            }

            if (tag is not ("RB" or "RBR"))
            {
                return false;
            }
        }

        return false;
    }

    private string PosTagAt(PosModel model, int k)
    {
        verbTags ??= new string?[tokens.Length];
        if (verbTags[k] is null)
        {
            TagSentence(model, k);
        }

        return verbTags[k]!;
    }

    /// <summary>
    /// Tags the sentence holding token <paramref name="k"/>. The tagger was trained on Penn Treebank tokens, so a split
    /// contraction is joined back ("it" "'" "s" → "it" "'s"; "didn" "'" "t" → "did" "n't"), its pieces sharing a tag.
    /// </summary>
    private void TagSentence(PosModel model, int k)
    {
        var first = k;
        while (first > 0 && SameSentence(first - 1, k))
        {
            first--;
        }

        var end = k + 1;
        while (end < tokens.Length && SameSentence(end, k))
        {
            end++;
        }

        var words = new List<string>(end - first);
        var wordOf = new int[end - first];
        for (var j = first; j < end; j++)
        {
            var token = tokens[j];
            var word = text[token.Start..token.End];
            if (token.Lower == "'" && j > first && Joined(j - 1) && Joined(j) && Word(j + 1) is { } clitic)
            {
                if (clitic == "t" && tokens[j - 1].Lower.EndsWith('n') && words[^1].Length > 1)
                {
                    words[^1] = words[^1][..^1];
                    word = "n't";
                }
                else if (clitic is "s" or "ll" or "re" or "ve" or "d" or "m")
                {
                    word = "'" + clitic;
                }

                if (word != "'")
                {
                    words.Add(word);
                    wordOf[j - first] = wordOf[j + 1 - first] = words.Count - 1;
                    j++;
                    continue;
                }
            }

            words.Add(word);
            wordOf[j - first] = words.Count - 1;
        }

        var tags = model.Tag(words);
        for (var j = first; j < end; j++)
        {
            verbTags![j] = tags[wordOf[j - first]];
        }
    }
}
