using System.Collections.Frozen;
using System.Text;
using Parallax.Core.Text;

namespace Parallax.Comparison.Timeline;

/// <summary>
/// The lower-cased content words of a sentence: letters and digits, plural -s folded, stop words and single characters
/// dropped.
/// </summary>
internal static class ContentWords
{
    // English function words and reporting verbs: they say nothing about which event a sentence reports.
    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "to", "for", "from", "by",
         "with", "about", "as", "into", "onto", "over", "under", "after", "before", "during", "since", "until",
         "through", "between", "among", "against", "without", "within", "upon", "via", "per", "than", "then",
         "that", "this", "these", "those", "which", "who", "whom", "whose", "what", "when", "where", "why", "how",
         "it", "its", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "we", "us", "our",
         "you", "your", "i", "me", "my", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have",
         "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
         "must", "not", "no", "also", "very", "just", "only", "more", "most", "some", "any", "all", "each", "both",
         "such", "other", "another", "there", "here", "if", "while", "because", "although", "though", "said",
         "says", "say", "told", "according", "added", "stated", "stating", "noted", "meanwhile", "however",
         "further", "still", "even", "up", "out", "off", "own", "same", "too", "s", "t"],
        StringComparer.Ordinal);

    /// <summary>The content words of <paramref name="text"/>[<paramref name="span"/>], skipping the excluded spans.</summary>
    public static HashSet<string> Of(string text, TextSpan span, IReadOnlyList<TextSpan> excluded)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        var next = 0;
        for (var i = span.Start; i <= span.End; i++)
        {
            while (next < excluded.Count && excluded[next].End <= i)
            {
                next++;
            }

            var inside = i < span.End && !(next < excluded.Count && excluded[next].Contains(i));
            if (inside && char.IsLetterOrDigit(text[i]))
            {
                current.Append(char.ToLowerInvariant(text[i]));
                continue;
            }

            if (current.Length > 1)
            {
                // Fold a plural -s ("talks"/"talk") but not -ss ("press") or short words ("us", "is").
                if (current.Length > 4 && current[^1] == 's' && current[^2] != 's')
                {
                    current.Length--;
                }

                var word = current.ToString();
                if (!StopWords.Contains(word))
                {
                    words.Add(word);
                }
            }

            current.Clear();
        }

        return words;
    }

    /// <summary>|A∩B|.</summary>
    public static int Shared(HashSet<string> left, HashSet<string> right)
    {
        var (small, large) = left.Count <= right.Count ? (left, right) : (right, left);
        var shared = 0;
        foreach (var word in small)
        {
            if (large.Contains(word))
            {
                shared++;
            }
        }

        return shared;
    }
}
