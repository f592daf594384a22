using Parallax.Core.Articles;

namespace Parallax.Extraction.Text;

/// <summary>Computes <see cref="UnitFeatures"/> for a unit in one linear pass over its characters (plus cue lookups).</summary>
internal static class UnitAnalyzer
{
    private const int ReasonCount = (int)RemovalReason.Other + 1;

    // Span lookups, so that scanning a unit allocates no string per word.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords =
        BoilerplateLexicon.StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AddressWords =
        BoilerplateLexicon.AddressWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // The cue phrases, found in one pass over a unit rather than one search per phrase.
    private static readonly PhraseIndex CueIndex = new([.. BoilerplateLexicon.Cues.Select(static cue => cue.Phrase)]);

    private static readonly PhraseIndex CaptionMarkerIndex = new(BoilerplateLexicon.CaptionMarkers);

    public static UnitFeatures Analyze(TextUnit unit)
    {
        var text = unit.Text;
        var core = StripBullet(text);
        var lower = core.ToLowerInvariant().Replace('’', '\'');

        int words = 0, stop = 0, address = 0;
        RemovalReason? imperative = null;
        // Quote state is tracked from the punctuation between words; a paragraph may open with a quotation mark.
        var inQuote = UpdateQuoteState(lower, 0, inQuote: false);
        var firstWord = "";
        var position = 0;
        while (NextWord(lower, ref position, out var start, out var length))
        {
            var word = lower.AsSpan(start, length);
            if (words == 0)
            {
                firstWord = word.ToString();
            }

            words += WordCount(word);
            if (StopWords.Contains(word))
            {
                stop++;
            }

            if (!inQuote && AddressWords.Contains(word))
            {
                address++;
            }

            if (imperative is null && !inQuote && IsSentenceStart(lower, start))
            {
                imperative = BoilerplateLexicon.CallToActionReason(word);
            }

            inQuote = UpdateQuoteState(lower, position, inQuote);
        }

        var (lastChar, endsSentence) = Ending(core);
        var scores = new int[ReasonCount];
        var strong = new bool[ReasonCount];
        var phraseCue = false;
        var imperativeBacked = false;
        var isProse = (endsSentence && words >= 4) || words >= 12;
        Span<bool> found = stackalloc bool[CueIndex.Count];
        CueIndex.FindAll(lower, found);
        for (var k = 0; k < found.Length; k++)
        {
            if (found[k])
            {
                var cue = BoilerplateLexicon.Cues[k];
                // A single decisive word inside a real sentence is weaker evidence than in a short label.
                var weight = isProse && cue.Weight > 1 && cue.IsSingleWord ? 2 : cue.Weight;
                scores[(int)cue.Reason] += weight;
                strong[(int)cue.Reason] |= cue.Weight > 1;
                phraseCue |= cue.Weight > 1 && !cue.IsSingleWord;
            }
        }

        // A sentence that opens with an imperative ("Become a member", "Subscribe") backs up a strong cue of its
        // kind; on its own it is no evidence ("Support for the plan fell").
        if (imperative is { } action && strong[(int)action])
        {
            scores[(int)action] += 2;
            imperativeBacked = true;
        }

        var best = 0;
        var total = 0;
        for (var r = 0; r < ReasonCount; r++)
        {
            total += scores[r];
            if (scores[r] > scores[best])
            {
                best = r;
            }
        }

        // Addressing the reader (outside quotations) backs up whatever furniture the unit looks like.
        if (address > 0 && scores[best] > 0)
        {
            scores[best]++;
            total++;
        }

        return new UnitFeatures
        {
            Text = text,
            Core = core,
            Words = words,
            StopWordRatio = words == 0 ? 0 : (double)stop / words,
            AddressWords = address,
            EndsSentence = endsSentence,
            LastChar = lastChar,
            StartsUpper = core.Length > 0 && (char.IsUpper(core[0]) || char.IsDigit(core[0]) || IsQuote(core[0])),
            FirstWord = firstWord,
            CueReason = (RemovalReason)best,
            CueScore = scores[best],
            CueTotal = total,
            HasPhraseCue = phraseCue,
            IsImperative = imperativeBacked,
            CaptionScore = unit.IsHeading ? 0 : CaptionScore(core, lower, words, endsSentence),
            IsBioShaped = IsBio(core),
            LinkDensity = unit.LinkDensity,
            IsHeading = unit.IsHeading,
        };
    }

    // Chinese and Japanese are written without spaces, so a run of their characters is a whole clause, not a word;
    // it counts as one word per two characters (a common average word length in both). Other runs are one word.
    private static int WordCount(ReadOnlySpan<char> run)
    {
        var ideographic = 0;
        foreach (var c in run)
        {
            if (c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF'))
            {
                ideographic++;
            }
        }

        return ideographic < 4 ? 1 : (ideographic / 2) + (ideographic < run.Length ? 1 : 0);
    }

    /// <summary>Finds the next word (letters and digits, with inner apostrophes and hyphens) at or after <paramref name="position"/>.</summary>
    public static bool NextWord(string text, ref int position, out int start, out int length)
    {
        var i = position;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if ((c is '\'' or '’' or '-') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > start)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        length = i - start;
        position = i;
        return length > 0;
    }

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="lower"/> on word boundaries.</summary>
    public static bool ContainsPhrase(string lower, string phrase)
    {
        var from = 0;
        while (from <= lower.Length - phrase.Length)
        {
            var at = lower.IndexOf(phrase, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            var end = at + phrase.Length;
            var leftOk = at == 0 || !char.IsLetterOrDigit(lower[at - 1]) || !char.IsLetterOrDigit(phrase[0]);
            var rightOk = end == lower.Length || !char.IsLetterOrDigit(lower[end]) || !char.IsLetterOrDigit(phrase[^1]);
            if (leftOk && rightOk)
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    private static bool IsSentenceStart(string text, int wordStart)
    {
        var i = wordStart - 1;
        while (i >= 0 && (text[i] == ' ' || IsQuote(text[i])))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '?' or '!' or ':' or '…';
    }

    public static bool IsQuote(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '«' or '»' or '„';

    /// <summary>The text without a leading list bullet.</summary>
    public static string StripBullet(string text)
    {
        var i = 0;
        while (i < text.Length && (text[i] is '•' or '·' or '*' or '▪' or '●' or '►' or '-' or '–' or '—' || char.IsWhiteSpace(text[i])))
        {
            i++;
        }

        return i == 0 ? text : text[i..];
    }

    private static bool UpdateQuoteState(string lower, int position, bool inQuote)
    {
        // Look at the punctuation right after the word for an opening or closing quotation mark.
        for (var i = position; i < lower.Length && !char.IsLetterOrDigit(lower[i]); i++)
        {
            var c = lower[i];
            if (c is '“' or '«' or '„' || (c == '`' && i + 1 < lower.Length && lower[i + 1] == '`'))
            {
                // Wire copy and the Penn Treebank write quotation marks as doubled single marks: ``…''.
                inQuote = true;
            }
            else if (c == '\'' && i + 1 < lower.Length && lower[i + 1] == '\'')
            {
                inQuote = false;
                i++;
            }
            else if (c is '”' or '»')
            {
                inQuote = false;
            }
            else if (c == '"')
            {
                inQuote = !inQuote;
            }
        }

        return inQuote;
    }

    private static (char Last, bool EndsSentence) Ending(string text)
    {
        var i = text.Length - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || IsQuote(text[i]) || text[i] is ')' or ']' or '*'))
        {
            i--;
        }

        if (i < 0)
        {
            return ('\0', false);
        }

        var last = text[i];
        // The ideographic full stop and the full-width marks end Chinese and Japanese sentences.
        return (last, last is '.' or '!' or '?' or '…' or '。' or '！' or '？');
    }

    private static int CaptionScore(string core, string lower, int words, bool endsSentence)
    {
        if (words > 60)
        {
            return 0;
        }

        var score = 0;
        if (core.Contains('©', StringComparison.Ordinal) || lower.StartsWith("(c) ", StringComparison.Ordinal))
        {
            score += 3;
        }

        if (CaptionMarkerIndex.Any(lower))
        {
            score += 3;
        }

        if (!endsSentence && words <= 40 && HasTrailingSourceSegment(core))
        {
            score += 2;
        }

        return score;
    }

    // "Kremlin spokesman Dmitry Peskov. kremlin.ru", "The summit venue | Jane Roe/Agency": a description followed by
    // a short credit that is a domain, a name with a slash, or a run of capitalised words.
    private static bool HasTrailingSourceSegment(string core)
    {
        var separator = -1;
        var separatorLength = 0;
        for (var i = core.Length - 2; i > 0; i--)
        {
            if (core[i] == '.' && core[i + 1] == ' ' && !EndsWithAbbreviation(core, i))
            {
                separator = i;
                separatorLength = 2;
                break;
            }

            if (core[i] is '|' or '—' && core[i - 1] == ' ' && core[i + 1] == ' ')
            {
                separator = i;
                separatorLength = 2;
                break;
            }
        }

        if (separator < 0)
        {
            return ParentheticalCredit(core);
        }

        var head = core.AsSpan(0, separator);
        var tail = core.AsSpan(separator + separatorLength).Trim();
        if (tail.Length == 0 || CountWords(head) < 2)
        {
            return false;
        }

        var tailWords = CountWords(tail);
        if (tailWords is 0 or > 4)
        {
            return false;
        }

        if (tail.IndexOf(' ') < 0 && IsDomain(tail))
        {
            return true;
        }

        if (tail.Contains('/'))
        {
            return true;
        }

        // Every word capitalised: a name or an agency.
        var position = 0;
        var tailText = tail.ToString();
        while (NextWord(tailText, ref position, out var start, out _))
        {
            if (!char.IsUpper(tailText[start]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ParentheticalCredit(string core)
    {
        if (!core.EndsWith(')'))
        {
            return false;
        }

        var open = core.LastIndexOf('(');
        if (open <= 0)
        {
            return false;
        }

        var inner = core.AsSpan(open + 1, core.Length - open - 2).Trim();
        return inner.Length > 0 && CountWords(inner) <= 5 && (inner.Contains('/') || (inner.IndexOf(' ') < 0 && IsDomain(inner)));
    }

    private static bool IsDomain(ReadOnlySpan<char> token)
    {
        var dot = token.LastIndexOf('.');
        if (dot <= 0 || dot >= token.Length - 2)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        foreach (var c in token[(dot + 1)..])
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWithAbbreviation(string text, int periodIndex)
    {
        var start = periodIndex;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text.AsSpan(start, periodIndex - start);
        return word.Length <= 1 || BoilerplateLexicon.Abbreviations.Contains(word.ToString());
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    // "Jane Doe is a reporter at X.", "Jane Doe covers city hall for X.": a name, then a role or a writing verb.
    private static bool IsBio(string core)
    {
        var sentenceEnd = core.IndexOf(". ", StringComparison.Ordinal);
        var sentence = sentenceEnd > 0 ? core[..sentenceEnd] : core;
        var position = 0;
        var names = 0;
        int start, length;
        while (NextWord(sentence, ref position, out start, out length))
        {
            if (!char.IsUpper(sentence[start]))
            {
                break;
            }

            names++;
            if (names > 4)
            {
                return false;
            }
        }

        if (names < 2 || length == 0)
        {
            return false;
        }

        var verb = sentence.Substring(start, length);
        if (Array.IndexOf(BoilerplateLexicon.BioVerbs, verb) >= 0)
        {
            return true;
        }

        if (verb is not ("is" or "was" or "has" or "serves" or "joined"))
        {
            return false;
        }

        var lower = sentence.ToLowerInvariant();
        foreach (var role in BoilerplateLexicon.JournalistRoles)
        {
            if (ContainsPhrase(lower, role) || ContainsPhrase(lower, role + "s"))
            {
                return true;
            }
        }

        return false;
    }
}
