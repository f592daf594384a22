using System.Collections.Frozen;

namespace Parallax.Comparison.Text;

/// <summary>A standard English stop-word list (function words: articles, pronouns, auxiliaries, prepositions, conjunctions).</summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "either", "even", "ever", "every", "few", "for", "from", "further",
        "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however",
        "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "might", "more", "most", "much", "must", "my",
        "myself", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
        "ourselves", "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
        "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what", "when", "where", "whether", "which",
        "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
        "yours", "yourself", "it's", "he's", "she's", "that's", "there's", "they're", "we're", "don't", "doesn't",
        "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "can't", "cannot", "would've", "i'm", "let's",
        "s", "t", "via", "among", "amid", "onto", "per", "since", "though", "although", "unless", "whereas", "may",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="lower"/> (a lowercased word) is a stop word.</summary>
    public static bool Contains(string lower) => Words.Contains(lower);
}
