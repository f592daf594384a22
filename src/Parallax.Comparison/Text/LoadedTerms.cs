using System.Collections.Frozen;

namespace Parallax.Comparison.Text;

/// <summary>
/// A small general lexicon of evaluative and intensifying adjectives and adverbs, hedges and loaded labels, used to
/// prefer the most neutral of several equivalent wordings. It marks wording, not truth: quoted words count too,
/// because a sentence that repeats a loaded quote is still the less neutral wording of a fact.
/// </summary>
internal static class LoadedTerms
{
    private static readonly FrozenSet<string> Words = new[]
    {
        // Evaluative and intensifying adjectives.
        "absurd", "alarming", "appalling", "atrocious", "awful", "barbaric", "bizarre", "blatant", "brazen", "brutal",
        "catastrophic", "chaotic", "controversial", "cowardly", "crushing", "dangerous", "deadly", "desperate",
        "devastating", "disastrous", "disgraceful", "dramatic", "dreadful", "egregious", "explosive", "extreme",
        "fierce", "furious", "heroic", "horrific", "horrible", "huge", "humiliating", "infamous", "insane", "massive",
        "monstrous", "notorious", "outrageous", "radical", "reckless", "ridiculous", "ruthless", "savage",
        "scandalous", "shameful", "shocking", "sinister", "staggering", "stunning", "terrible", "tragic",
        "unprecedented", "vicious", "historic", "landmark", "sweeping", "bold", "draconian", "mounting",
        // Evaluative and intensifying adverbs.
        "absolutely", "allegedly", "apparently", "blatantly", "clearly", "completely", "deeply", "desperately",
        "dramatically", "extremely", "fiercely", "hugely", "incredibly", "obviously", "outrageously", "purportedly",
        "reportedly", "seemingly", "shockingly", "supposedly", "surely", "totally", "utterly", "wildly", "sharply",
        "categorically", "undoubtedly",
        // Loaded labels and verbs of stance.
        "regime", "puppet", "thug", "thugs", "terrorist", "terrorists", "propaganda", "slammed", "blasted", "lashed",
        "claimed", "admitted", "insisted", "boasted", "conceded",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the lowercased word is evaluative or loaded.</summary>
    public static bool Contains(string lower) => Words.Contains(lower);

    /// <summary>How many loaded words a sentence contains.</summary>
    public static int Count(IReadOnlyList<WordToken> words)
    {
        var count = 0;
        foreach (var word in words)
        {
            if (Words.Contains(word.Lower))
            {
                count++;
            }
        }

        return count;
    }
}
