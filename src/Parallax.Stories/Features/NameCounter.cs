using Parallax.Core.Annotations;
using Parallax.Language.Stemming;

namespace Parallax.Stories.Features;

/// <summary>
/// Counts the proper-name words of a text by their <see cref="NameKey"/>: capitalised words other than function
/// words, dates and titles. A capitalised word that opens a sentence counts only when it continues into another
/// capitalised word or the same word is capitalised mid-sentence elsewhere, since sentence case says nothing.
/// </summary>
internal static class NameCounter
{
    private const int MaxRememberedWords = 500_000;

    private static readonly WordMemo<string> NameKeys = new(MaxRememberedWords);

    /// <summary>Adds the name keys of <paramref name="text"/> to <paramref name="counts"/>, weighting the first <paramref name="leadLength"/> characters.</summary>
    public static void CountCapitalised(string text, int leadLength, double leadWeight, Dictionary<string, double> counts)
    {
        var buffers = new ExtractionBuffers();
        buffers.Words.Scan(text);
        CountCapitalised(text, buffers, leadLength, leadWeight, counts);
    }

    /// <summary>
    /// As <see cref="CountCapitalised(string, int, double, Dictionary{string, double})"/>, reading the words of
    /// <paramref name="text"/> already found in <paramref name="buffers"/>.
    /// </summary>
    public static void CountCapitalised(string text, ExtractionBuffers buffers, int leadLength, double leadWeight, Dictionary<string, double> counts)
    {
        var words = buffers.Words;
        var titleCase = MarkTitleCaseParagraphs(text, buffers);
        var candidates = buffers.NameCandidates;
        var midSentence = buffers.MidSentenceNames;
        candidates.Clear();
        midSentence.Clear();
        var previousEnd = -1;
        var previousWasName = false;
        var pendingStart = -1;
        for (var w = 0; w < words.Count; w++)
        {
            var start = words.Start(w);
            string? key = null;
            var isName = !titleCase[w] && IsNameWord(words.Word(text, w), out key);
            var sentenceStart = IsSentenceStart(text, start);
            var joined = previousWasName && previousEnd >= 0 && OnlySpacesBetween(text, previousEnd, start);
            if (isName)
            {
                if (joined && pendingStart >= 0)
                {
                    // A multi-word name: its opening word is a name even at the start of a sentence.
                    candidates[pendingStart] = candidates[pendingStart] with { SentenceStart = false };
                }

                pendingStart = sentenceStart ? candidates.Count : -1;
                if (!sentenceStart)
                {
                    midSentence.Add(key!);
                }

                candidates.Add((key!, sentenceStart && !joined, start < leadLength));
            }
            else
            {
                pendingStart = -1;
            }

            previousWasName = isName;
            previousEnd = start + words.Length(w);
        }

        foreach (var (key, sentenceStart, lead) in candidates)
        {
            if (!sentenceStart || midSentence.Contains(key))
            {
                var weight = lead ? leadWeight : 1;
                counts[key] = counts.GetValueOrDefault(key) + weight;
            }
        }
    }

    /// <summary>Adds the words of each entity's canonical name, once per mention of the entity.</summary>
    public static void CountEntities(Document document, int leadLength, double leadWeight, Dictionary<string, double> counts)
    {
        var mentions = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var mention in document.Mentions)
        {
            var weight = mention.Span.Start < leadLength ? leadWeight : 1;
            mentions[mention.EntityId] = mentions.GetValueOrDefault(mention.EntityId) + weight;
        }

        foreach (var entity in document.Entities)
        {
            var weight = Math.Max(1, mentions.GetValueOrDefault(entity.Id));
            var scanner = new WordScanner(entity.Name);
            while (scanner.MoveNext())
            {
                if (IsNameWord(scanner.Current, out var key, requireCapital: false))
                {
                    counts[key!] = counts.GetValueOrDefault(key!) + weight;
                }
            }
        }
    }

    /// <summary>
    /// Marks the words of paragraphs set in title case (headlines, section heads repeated in the body), where capitals
    /// mark every word and so say nothing about names: most of their words of four letters or more are capitalised.
    /// A word never spans a line break, so each paragraph's words follow one another in the list.
    /// </summary>
    private static bool[] MarkTitleCaseParagraphs(string text, ExtractionBuffers buffers)
    {
        var words = buffers.Words;
        if (buffers.TitleCase.Length < words.Count)
        {
            buffers.TitleCase = new bool[Math.Max(words.Count, buffers.TitleCase.Length * 2)];
        }

        var marks = buffers.TitleCase;
        var w = 0;
        var start = 0;
        while (w < words.Count)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var first = w;
            var longWords = 0;
            var capitalised = 0;
            for (; w < words.Count && words.Start(w) < end; w++)
            {
                if (words.Length(w) >= 4)
                {
                    longWords++;
                    if (char.IsUpper(text[words.Start(w)]))
                    {
                        capitalised++;
                    }
                }
            }

            Array.Fill(marks, longWords >= 2 && capitalised * 4 >= longWords * 3, first, w - first);
            start = end + 1;
        }

        return marks;
    }

    private static bool IsNameWord(ReadOnlySpan<char> word, out string? key, bool requireCapital = true)
    {
        if (!requireCapital)
        {
            return ComputeNameWord(word, out key, requireCapital);
        }

        // Most words are lowercase: turned down at once, as ComputeNameWord would, without a look-up.
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            key = null;
            return false;
        }

        // Remembered as written, like terms (see TermNormalizer): one look-up instead of folding the word again, and
        // most of them in the thread's cache, not the shared memo.
        var recent = RecentWords<string>.ForThisThread(NameKeys.Generation);
        if (recent.TryGet(word, out var known, out var slot))
        {
            key = known.Length == 0 ? null : known;
            return key is not null;
        }

        if (NameKeys.TryGet(word, out var form, out known))
        {
            recent.Remember(form, known, slot);
            key = known.Length == 0 ? null : known;
            return key is not null;
        }

        var isName = ComputeNameWord(word, out key, requireCapital);
        NameKeys.Remember(word, isName ? key! : "");
        return isName;
    }

    private static bool ComputeNameWord(ReadOnlySpan<char> word, out string? key, bool requireCapital)
    {
        key = null;
        if (word.Length < 2 || (requireCapital && !char.IsUpper(word[0])) || !char.IsLetter(word[0]))
        {
            return false;
        }

        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            lower[n++] = WordScanner.IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
        }

        if (lower.EndsWith("'s"))
        {
            lower = lower[..^2];
        }

        if (lower.Length < 2 || StopWords.Contains(lower) || NonNameWords.Contains(lower))
        {
            return false;
        }

        key = NameKey.Fold(lower);
        return key is { Length: >= 2 };
    }

    /// <summary>True when only opening quotes or brackets and white space separate the word from a sentence end or paragraph start.</summary>
    internal static bool IsSentenceStart(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            var c = text[i];
            switch (c)
            {
                case '\n':
                    return true;
                case ' ' or '\t' or '"' or '\u201C' or '\u2018' or '\'' or '(' or '[' or '\u00AB':
                    continue;
                default:
                    return c is '.' or '!' or '?' or ':' or '\u2026' or '\u2014' or '\u2013';
            }
        }

        return true;
    }

    private static bool OnlySpacesBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }
}
