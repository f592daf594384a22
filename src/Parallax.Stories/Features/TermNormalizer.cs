using System.Collections.Concurrent;
using Parallax.Language.Stemming;

namespace Parallax.Stories.Features;

/// <summary>
/// Turns a word into an index term: lowercase, possessive dropped, stop words, reporting words and numbers out,
/// Porter-stemmed.
/// </summary>
internal static class TermNormalizer
{
    private const int MaxRememberedStems = 500_000;

    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    /// <summary>The term for <paramref name="word"/>, or null when the word carries no topic.</summary>
    public static string? ToTerm(ReadOnlySpan<char> word)
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

        return Stem(lowered);
    }

    /// <summary>
    /// The Porter stem, remembered: news repeats its vocabulary, so most words are looked up rather than stemmed and
    /// copied again. The memory is capped so an endless stream of new words cannot grow it without bound.
    /// </summary>
    private static string Stem(ReadOnlySpan<char> word)
    {
        var lookup = Stems.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var stem))
        {
            return stem;
        }

        var text = new string(word);
        stem = PorterStemmer.Stem(text);
        if (Stems.Count < MaxRememberedStems)
        {
            Stems.TryAdd(text, stem);
        }

        return stem;
    }
}
