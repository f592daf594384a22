using System.Collections.Frozen;
using Parallax.Comparison.Text;
using Parallax.Core.Annotations;

namespace Parallax.Comparison.Summary;

/// <summary>
/// Whether a sentence can stand alone in a summary. Excluded: lines that are not prose; sentences starting with
/// a pronoun or determiner that points back ("He added …", "This …"); sentences starting with a connective that
/// needs the previous sentence ("However, …", "But …", "For his part, …"), or sets one off by commas further on
/// ("In Oslo, however, …"); quotes whose speaker is not named in
/// the sentence ("“…,” he said") or whose quotation marks do not balance (a quote running over sentences);
/// statements whose speaker is a pronoun ("…, he added"); sentences whose subject is a quantity standing for
/// something named before ("One would require …", "Some were …", "Two were arrested"), a quantifier or number
/// followed at once by a verb.
/// "Meanwhile" and "At the same time" are kept on purpose: they mark a parallel development, and the rest of
/// such a sentence reads on its own.
/// </summary>
internal static class SentenceEligibility
{
    /// <summary>Shortest sentence, in words, that can carry a fact on its own.</summary>
    public const int MinWords = 8;

    /// <summary>Longest sentence, in words, a summary line should have.</summary>
    public const int MaxWords = 60;

    private static readonly FrozenSet<string> BackPointers = new[]
    {
        "he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "this", "these", "those", "that", "such",
        "both", "we", "i", "you", "our", "my", "it's", "he's", "she's", "they're", "we're", "i'm", "there's", "the latter",
        "the former", "another", "other", "others",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Quantifiers and numbers that, directly before a verb, stand for a noun of an earlier sentence ("One would …").
    private static readonly FrozenSet<string> Quantifiers = new[]
    {
        "one", "some", "many", "most", "several", "few", "all", "each", "none", "neither", "either", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Auxiliaries, modals and reporting verbs: the words that show a quantifier is the whole subject.
    private static readonly FrozenSet<string> SubjectVerbs = new[]
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "shall",
        "should", "must", "do", "does", "did", "said", "says",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Connectives = new[]
    {
        "however", "but", "and", "or", "so", "yet", "still", "also", "moreover", "furthermore", "additionally",
        "nevertheless", "nonetheless", "instead", "thus", "therefore", "hence", "besides", "likewise", "similarly",
        "consequently", "then", "otherwise", "accordingly", "indeed", "though", "although", "again",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Connectives that contrast with the previous sentence from inside a sentence, set off by commas.
    private static readonly FrozenSet<string> InnerConnectives = new[]
    {
        "however", "nevertheless", "nonetheless", "though", "instead",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] ConnectivePhrases =
    [
        "in addition", "as a result", "on the other hand", "for his part", "for her part", "for their part",
        "for its part", "by contrast", "in contrast", "even so", "after that", "despite this", "because of this",
        "in turn", "in response", "to that end", "as well",
    ];

    private static readonly FrozenSet<string> CueWords = new[]
    {
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "according", "warned", "warns",
        "asked", "wrote", "writes", "announced", "insisted", "stressed", "noted", "explained", "declared", "remarked",
        "described", "called", "accused", "urged", "claimed", "argued", "asserted", "emphasized", "emphasised",
        "confirmed", "denied", "replied", "stating", "saying", "adding", "telling", "warning", "quoted",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the sentence can stand alone in a summary.</summary>
    public static bool IsEligible(SentenceProfile profile)
    {
        var words = profile.Words;
        if (!profile.IsProse || words.Length < MinWords || words.Length > MaxWords)
        {
            return false;
        }

        // A sentence that starts in lower case is the tail of a mis-split sentence.
        var text = profile.Sentence.Text;
        if (text.Length == 0 || char.IsLower(text[0]))
        {
            return false;
        }

        var first = words[0].Lower;
        var firstTwo = words.Length > 1 ? first + " " + words[1].Lower : first;
        if (BackPointers.Contains(first) || BackPointers.Contains(firstTwo) || Connectives.Contains(first)
            || (Quantifiers.Contains(first) && words.Length > 1 && SubjectVerbs.Contains(words[1].Lower)))
        {
            return false;
        }

        var opening = string.Join(' ', words.Take(4).Select(w => w.Lower));
        foreach (var phrase in ConnectivePhrases)
        {
            if (opening.StartsWith(phrase + " ", StringComparison.Ordinal) || opening == phrase)
            {
                return false;
            }
        }

        return !HasPronounSpeaker(words) && !HasInnerConnective(profile) && QuotesAreAttributed(profile);
    }

    /// <summary>True for a connective set off by commas inside the sentence ("In Oslo, however, …", "…, though.").</summary>
    private static bool HasInnerConnective(SentenceProfile profile)
    {
        var text = profile.Document.Text;
        foreach (var word in profile.Words.AsSpan()[1..])
        {
            if (!InnerConnectives.Contains(word.Lower))
            {
                continue;
            }

            var before = text.AsSpan(0, word.Span.Start).TrimEnd();
            var after = text.AsSpan(word.Span.End).TrimStart();
            if (before.EndsWith(",") && after.Length > 0 && after[0] is ',' or '.' or ';')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a pronoun is the subject of a reporting verb ("…, he added"): the speaker is unresolved.</summary>
    private static bool HasPronounSpeaker(IReadOnlyList<WordToken> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].Lower is "he" or "she" or "they" && CueWords.Contains(words[i + 1].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static bool QuotesAreAttributed(SentenceProfile profile)
    {
        var text = profile.Sentence.Text;
        // TeX-style ``quotes'' (common in wire copy) count like typographic ones.
        var opens = Occurrences(text, "``");
        var closes = Occurrences(text, "''");
        var straight = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u201C':
                    opens++;
                    break;
                case '\u201D':
                    closes++;
                    break;
                case '"':
                    straight++;
                    break;
            }
        }

        if (opens + closes + straight == 0)
        {
            return true;
        }

        if (opens != closes || straight % 2 != 0)
        {
            return false;
        }

        if (SpeakerIsPronoun(profile))
        {
            return false;
        }

        // Outside the quotation marks the sentence must name who speaks and say that they speak.
        var insideQuote = false;
        var hasCue = false;
        var hasName = false;
        var sentenceStart = profile.Sentence.Span.Start;
        var wordIndex = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u201C' or '\u201D' or '"')
            {
                insideQuote = c == '\u201C' || (c == '"' && !insideQuote);
                continue;
            }

            if (c is '`' or '\'' && i + 1 < text.Length && text[i + 1] == c)
            {
                insideQuote = c == '`';
                i++;
                continue;
            }

            while (wordIndex < profile.Words.Length && profile.Words[wordIndex].Span.Start - sentenceStart < i)
            {
                wordIndex++;
            }

            if (insideQuote || wordIndex >= profile.Words.Length || profile.Words[wordIndex].Span.Start - sentenceStart != i)
            {
                continue;
            }

            var word = profile.Words[wordIndex];
            hasCue |= CueWords.Contains(word.Lower);
            hasName |= word.IsCapitalised && !StopWords.Contains(word.Lower);
        }

        return hasCue && hasName;
    }

    private static int Occurrences(string text, string pair)
    {
        var count = 0;
        for (var i = text.IndexOf(pair, StringComparison.Ordinal); i >= 0; i = text.IndexOf(pair, i + pair.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static bool SpeakerIsPronoun(SentenceProfile profile)
    {
        var document = profile.Document;
        var span = profile.Sentence.Span;
        foreach (var attribution in document.Attributions.IsDefault ? [] : document.Attributions)
        {
            if (attribution.Kind == AttributionKind.Indirect || !attribution.Content.Overlaps(span) || attribution.SourceSpan is not { } source)
            {
                continue;
            }

            var speaker = document.Slice(source).Trim().ToLowerInvariant();
            if (BackPointers.Contains(speaker))
            {
                return true;
            }
        }

        return false;
    }
}
