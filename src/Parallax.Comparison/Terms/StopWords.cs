using System.Collections.Frozen;

namespace Parallax.Comparison.Terms;

/// <summary>
/// English function words (articles, pronouns, auxiliaries, modals, prepositions, conjunctions, common adverbs
/// and contraction clitics): closed-class words that carry no framing of their own.
/// </summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        [
            "a", "about", "above", "across", "after", "again", "against", "ago", "all", "almost", "along", "already",
            "also", "although", "always", "am", "among", "an", "and", "another", "any", "anyone", "anything", "are",
            "around", "as", "at", "be", "became", "because", "become", "been", "before", "being", "below", "between",
            "beyond", "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "done", "down",
            "during", "each", "either", "else", "enough", "even", "ever", "every", "few", "for", "from", "further",
            "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
            "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "least", "less", "many", "may",
            "me", "might", "more", "most", "much", "must", "my", "myself", "neither", "no", "nor", "not", "now", "of",
            "off", "on", "once", "one", "only", "onto", "or", "other", "others", "otherwise", "our", "ours",
            "ourselves", "out", "over", "own", "per", "perhaps", "quite", "rather", "same", "shall", "she", "should",
            "since", "so", "some", "someone", "something", "still", "such", "than", "that", "the", "their", "theirs",
            "them", "themselves", "then", "there", "these", "they", "this", "those", "though", "through", "thus",
            "to", "too", "toward", "towards", "under", "until", "up", "upon", "us", "very", "via", "was", "we",
            "were", "what", "whatever", "when", "whenever", "where", "whereas", "whether", "which", "while", "who",
            "whoever", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
            "yours", "yourself", "yourselves",
            "'s", "'re", "'ve", "'ll", "'d", "'m", "n't", "s", "t",
            "ain't", "aren't", "can't", "couldn't", "didn't", "doesn't", "don't", "hadn't", "hasn't", "haven't",
            "he's", "i'm", "isn't", "it's", "let's", "she's", "shouldn't", "that's", "there's", "they're", "wasn't",
            "we're", "weren't", "won't", "wouldn't", "you're",
        ],
        StringComparer.Ordinal);

    /// <summary>True when <paramref name="lowercaseWord"/> is a function word.</summary>
    public static bool Contains(string lowercaseWord) => Words.Contains(lowercaseWord);
}
