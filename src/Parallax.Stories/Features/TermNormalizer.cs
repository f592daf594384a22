using Parallax.Language.Stemming;

namespace Parallax.Stories.Features;

/// <summary>
/// Turns a word into an index term: lowercase, possessive dropped, stop words, reporting words and numbers out,
/// Porter-stemmed.
/// </summary>
internal static class TermNormalizer
{
    /// <summary>How many word forms a memo of words keeps before it starts afresh.</summary>
    public const int MaxRememberedWords = 500_000;

    /// <summary>Marks a remembered word that gives no term.</summary>
    private const string NoTerm = "";

    /// <summary>
    /// Words as written with their terms, remembered: news repeats its vocabulary, so most words cost one look-up
    /// instead of lowercasing, two stop-list look-ups and stemming. Capped so an endless stream of new words cannot
    /// grow it without bound.
    /// </summary>
    private static readonly WordMemo<string> Terms = new(MaxRememberedWords);

    /// <summary>The term for <paramref name="word"/>, or null when the word carries no topic.</summary>
    public static string? ToTerm(ReadOnlySpan<char> word)
    {
        if (!MayBeTerm(word))
        {
            return null;
        }

        if (Terms.TryGet(word, out var known))
        {
            return known.Length == 0 ? null : known;
        }

        var term = Compute(word);
        Terms.Remember(word, term ?? NoTerm);
        return term;
    }

    /// <summary>
    /// False for words turned down before any look-up: a single character is never a term (see Compute); figures are
    /// left out too, and news is full of different ones: neither is worth a look-up.
    /// </summary>
    public static bool MayBeTerm(ReadOnlySpan<char> word) =>
        word.Length >= 2 && (char.IsLetter(word[0]) || word.ContainsAnyExceptInRange('0', '9'));

    /// <summary>The term for <paramref name="word"/> worked out afresh, without the memo.</summary>
    internal static string? Compute(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        var hasLetter = false;
        foreach (var c in word)
        {
            var lower = WordScanner.IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
            hasLetter |= char.IsLetter(lower);
            buffer[length++] = lower;
        }

        // Numbers are left to the date and figure layers: years and counts recur across unrelated stories.
        if (!hasLetter)
        {
            return null;
        }

        var lowered = buffer[..length];
        if (StopWords.Contains(lowered))
        {
            return null;
        }

        if (lowered.EndsWith("'s"))
        {
            lowered = lowered[..^2];
        }

        // An apostrophe left inside a name ("O'Brien") is spelling, not structure.
        var kept = 0;
        for (var i = 0; i < lowered.Length; i++)
        {
            if (lowered[i] != '\'')
            {
                lowered[kept++] = lowered[i];
            }
        }

        lowered = lowered[..kept];
        if (lowered.Length < 2 || StopWords.Contains(lowered) || ReportingWords.Contains(lowered))
        {
            return null;
        }

        return PorterStemmer.Stem(new string(lowered));
    }
}
