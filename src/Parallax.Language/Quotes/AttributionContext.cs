using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Text;
using Parallax.Language.Lexicon;

namespace Parallax.Language.Quotes;

/// <summary>
/// Per-document indexes for quote attribution: sentence token ranges, the mention under each token, which tokens
/// lie in quotations or reported content, and the gender of each person entity.
/// </summary>
internal sealed class AttributionContext
{
    private const int MaxNounPhrase = 10;

    private readonly List<(int Position, string Head, string Text, TextSpan Source)> sourcesWithoutEntity = [];
    private readonly Dictionary<string, Gender> genders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> mentionStarts = new(StringComparer.Ordinal);
    private readonly SentenceTags tags;

    public AttributionContext(Document document, List<QuoteSegment> segments)
    {
        Document = document;
        Tokens = document.Tokens;
        Segments = segments;
        SentenceStarts = new int[document.Sentences.Length + 1];
        var t = 0;
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            SentenceStarts[s] = t;
            while (t < Tokens.Length && Tokens[t].Sentence == s)
            {
                t++;
            }
        }

        SentenceStarts[^1] = Tokens.Length;
        tags = new SentenceTags(Tokens, SentenceStarts);
        MentionAt = new int[Tokens.Length];
        Array.Fill(MentionAt, -1);
        var m = 0;
        for (var k = 0; k < Tokens.Length && m < document.Mentions.Length; k++)
        {
            while (m < document.Mentions.Length && document.Mentions[m].Span.End <= Tokens[k].Span.Start)
            {
                m++;
            }

            if (m < document.Mentions.Length && document.Mentions[m].Span.Contains(Tokens[k].Span.Start))
            {
                MentionAt[k] = m;
            }
        }

        InQuote = new bool[Tokens.Length];
        foreach (var segment in segments)
        {
            var end = segment.Close >= 0 ? segment.Close + 1 : segment.Content.End;
            for (var k = FirstTokenAtOrAfter(segment.Open); k < Tokens.Length && Tokens[k].Span.Start < end; k++)
            {
                InQuote[k] = true;
            }
        }

        InReportedContent = new bool[Tokens.Length];
        foreach (var mention in document.Mentions)
        {
            if (!mentionStarts.TryGetValue(mention.EntityId, out var starts))
            {
                starts = [];
                mentionStarts[mention.EntityId] = starts;
            }

            starts.Add(mention.Span.Start);
        }

        foreach (var entity in document.Entities)
        {
            entities[entity.Id] = entity;
            if (entity.Kind == EntityKind.Person)
            {
                genders[entity.Id] = GenderOf(entity);
            }
        }

        for (var k = 1; k < Tokens.Length; k++)
        {
            // An honorific before a mention reveals gender ("Ms Smith").
            if (MentionAt[k] >= 0 && MentionAt[k - 1] < 0 && document.Mentions[MentionAt[k]].Kind == EntityKind.Person)
            {
                var norm = Tokens[k - 1].Norm.TrimEnd('.');
                var id = document.Mentions[MentionAt[k]].EntityId;
                if (Roles.Female.Contains(norm))
                {
                    genders[id] = Gender.Female;
                }
                else if (Roles.Male.Contains(norm))
                {
                    genders[id] = Gender.Male;
                }
            }
        }
    }

    public Document Document { get; }

    public ImmutableArray<Token> Tokens { get; }

    public List<QuoteSegment> Segments { get; }

    public int[] SentenceStarts { get; }

    public int[] MentionAt { get; }

    public bool[] InQuote { get; }

    /// <summary>Tokens inside the content of indirect speech found so far; pronouns never resolve into them.</summary>
    public bool[] InReportedContent { get; }

    public string Norm(int t) => Tokens[t].Norm;

    public int SentenceOf(int t) => Tokens[t].Sentence;

    public int SentenceEnd(int t) => SentenceStarts[Tokens[t].Sentence + 1];

    public int SentenceStart(int t) => SentenceStarts[Tokens[t].Sentence];

    public int ParagraphOf(int t) => Document.Sentences[Tokens[t].Sentence].Paragraph;

    public int FirstTokenAtOrAfter(int position)
    {
        var lo = 0;
        var hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public TextSpan SpanOf(int first, int last) => TextSpan.FromBounds(Tokens[first].Span.Start, Tokens[last].Span.End);

    public void MarkReported(TextSpan content)
    {
        for (var k = FirstTokenAtOrAfter(content.Start); k < Tokens.Length && Tokens[k].Span.Start < content.End; k++)
        {
            InReportedContent[k] = true;
        }
    }

    /// <summary>A subject pronoun that the rules do not resolve to a person ("they", "it", "we", "I", "you").</summary>
    public bool IsUnresolvablePronoun(int t) =>
        FunctionWords.SubjectPronouns.Contains(Norm(t)) && Norm(t) is not ("he" or "He" or "she" or "She");

    public bool IsAccording(int t) => string.Equals(Norm(t), "according", StringComparison.OrdinalIgnoreCase);

    public bool IsPunctuation(int t) => !char.IsLetterOrDigit(Norm(t)[0]);

    /// <summary>A cue verb used as a verb: not preceded by a determiner ("a claim", "the report").</summary>
    public bool IsCue(int t)
    {
        if (InQuote[t] || !CueVerbs.All.Contains(Norm(t)))
        {
            return false;
        }

        if (IsAccording(t))
        {
            return t + 1 < Tokens.Length && Norm(t + 1) == "to";
        }

        return t == 0 || SentenceOf(t - 1) != SentenceOf(t) || !FunctionWords.Determiners.Contains(Norm(t - 1));
    }

    /// <summary>The speaker a cue verb attributes its statement to.</summary>
    public SpeakerRef SubjectOf(int cue)
    {
        var s0 = SentenceStart(cue);
        if (IsAccording(cue))
        {
            return ForwardNounPhrase(cue + 2);
        }

        if (CueVerbs.IsParticiple(Norm(cue)))
        {
            // "X accused Y of …, arguing that": a participle set off by a comma shares the subject of the clause it
            // follows, which the nearest name before it is not when that clause's verb has a named object.
            if (ClauseVerbBefore(cue) is { } verb)
            {
                var main = SubjectOf(verb);
                var named = main.IsResolved ? main : PlainSubjectOf(verb);
                if (named.IsResolved)
                {
                    return named;
                }
            }

            // "..., asserting that": the subject is the nearest person (or pronoun) before the participle.
            for (var k = cue - 1; k >= s0; k--)
            {
                if (InQuote[k])
                {
                    continue;
                }

                if (MentionAt[k] >= 0 && Document.Mentions[MentionAt[k]].Kind == EntityKind.Person)
                {
                    return FromMention(MentionAt[k]);
                }

                if (Norm(k) is "he" or "she" or "He" or "She")
                {
                    return ResolvePronoun(k);
                }
            }

            // "“…,” the prime minister said, adding that …": the participle shares the main verb's subject.
            for (var k = cue - 1; k >= s0; k--)
            {
                if (IsCue(k) && !CueVerbs.IsParticiple(Norm(k)))
                {
                    var main = SubjectOf(k);
                    if (main.IsResolved)
                    {
                        return main;
                    }

                    break;
                }
            }

            return SentenceSubject(cue);
        }

        var j = cue - 1;
        while (j >= s0 && FunctionWords.VerbPreModifiers.Contains(Norm(j)))
        {
            j--;
        }

        if (j < s0)
        {
            return default;
        }

        if (Norm(j) is "who" or "which")
        {
            // A relative clause speaks for its antecedent ("Trump, who has repeatedly claimed …", "residents who fear …"),
            // and the pronoun is the source's mention in the clause, as "he" is for the person it stands for.
            var k = j - 1;
            if (k >= s0 && Norm(k) == ",")
            {
                k--;
            }

            var antecedent = k >= s0 && !InQuote[k] ? Antecedent(k) : default;
            return antecedent.IsResolved ? antecedent with { Source = Tokens[j].Span } : SentenceSubject(cue);
        }

        if (Norm(j) == ",")
        {
            // Skip a parenthetical: "Peskov, speaking on TV on Sunday, emphasized".
            var k = j - 1;
            while (k >= s0 && Norm(k) != "," && !InQuote[k])
            {
                k--;
            }

            if (k < s0 || InQuote[k])
            {
                return SentenceSubject(cue);
            }

            // An apposition that is a name speaks for the phrase: "The minister, Karl Brandt, said".
            if (MentionAt[k + 1] >= 0 && MentionAt[k + 1] == MentionAt[j - 1] && Document.Mentions[MentionAt[k + 1]].Kind == EntityKind.Person)
            {
                return FromMention(MentionAt[k + 1]);
            }

            j = k - 1;
        }

        if (j < s0 || Norm(j) is "and" or "but" or "or" || InQuote[j])
        {
            return SentenceSubject(cue); // A coordinated predicate shares the sentence subject.
        }

        var start = PhraseStartBefore(j);
        var resolved = ResolveNounPhrase(start, j);
        if (!resolved.IsResolved && start == j && IsUnresolvablePronoun(j))
        {
            // "…, and they argued": the subject is there, and it is not the sentence's first name; the source is the
            // pronoun, with no speaker named rather than a wrong one.
            return resolved;
        }

        return resolved.IsResolved ? resolved : SentenceSubject(cue);
    }

    /// <summary>
    /// The words right before <paramref name="cue"/> (its auxiliaries and adverbs skipped) as an unnamed source
    /// ("Marine biologists", "Polls", "Tax records"), for a cue whose subject names no entity or speaker noun;
    /// unresolved when no word of such a phrase is there (a pronoun, a punctuation mark, a quotation, a clause word).
    /// </summary>
    public SpeakerRef PlainSubjectOf(int cue)
    {
        var s0 = SentenceStart(cue);
        var j = cue - 1;
        while (j >= s0 && FunctionWords.VerbPreModifiers.Contains(Norm(j)))
        {
            j--;
        }

        if (j < s0 || InQuote[j] || IsPunctuation(j) || !char.IsLetter(Norm(j)[0]) || FunctionWords.ClauseBoundaries.Contains(Norm(j))
            || FunctionWords.Determiners.Contains(Norm(j)) || FunctionWords.SubjectPronouns.Contains(Norm(j)))
        {
            return default;
        }

        var span = SpanOf(PhraseStartBefore(j), j);
        return new SpeakerRef(null, Document.Slice(span), span);
    }

    /// <summary>The first token of the noun phrase ending at <paramref name="last"/>, walking back to a clause boundary.</summary>
    private int PhraseStartBefore(int last)
    {
        var s0 = SentenceStart(last);
        var start = last;
        while (start - 1 >= s0 && last - start < MaxNounPhrase - 1 && !InQuote[start - 1] && !IsPunctuation(start - 1)
            && !FunctionWords.ClauseBoundaries.Contains(Norm(start - 1)))
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// The first person (or personal pronoun), else the first name, before <paramref name="cue"/> in its sentence, past
    /// an opening adverbial phrase ("At the UN headquarters, …").
    /// </summary>
    public SpeakerRef SentenceSubject(int cue)
    {
        var s0 = ClauseStart(cue);
        var firstMention = -1;
        for (var k = s0; k < cue; k++)
        {
            if (InQuote[k])
            {
                continue;
            }

            if (Norm(k) is "he" or "He" or "she" or "She")
            {
                return ResolvePronoun(k);
            }

            if (MentionAt[k] >= 0)
            {
                var mention = Document.Mentions[MentionAt[k]];
                if (mention.Kind == EntityKind.Person)
                {
                    return FromMention(MentionAt[k]);
                }

                if (firstMention < 0 && mention.Kind != EntityKind.Miscellaneous)
                {
                    firstMention = MentionAt[k];
                }
            }
        }

        return firstMention >= 0 ? FromMention(firstMention) : default;
    }

    /// <summary>
    /// The noun phrase ending at <paramref name="last"/> that a relative pronoun after it stands for: the name there,
    /// else the phrase as its parts of speech delimit it ("harbour workers"), resolved as a subject would be.
    /// </summary>
    private SpeakerRef Antecedent(int last)
    {
        if (MentionAt[last] >= 0)
        {
            return FromMention(MentionAt[last]);
        }

        if (!tags.IsNoun(last))
        {
            return default;
        }

        var first = last;
        var s0 = SentenceStart(last);
        while (first - 1 >= s0 && !InQuote[first - 1] && tags.IsNounPhraseWord(first - 1))
        {
            first--;
        }

        var resolved = ResolveNounPhrase(first, last);
        if (resolved.IsResolved)
        {
            return resolved;
        }

        var span = SpanOf(first, last);
        return new SpeakerRef(null, Document.Slice(span), span);
    }

    /// <summary>
    /// Where the main clause of <paramref name="t"/>'s sentence starts: after the comma of an opening prepositional
    /// phrase or subordinate clause ("At the museum in Bremen, the union …", "After the vote, …"), else at the sentence
    /// start. The names in such a phrase are not the subject.
    /// </summary>
    private int ClauseStart(int t)
    {
        var s0 = SentenceStart(t);
        if (InQuote[s0] || !FunctionWords.PhraseOpeners.Contains(Norm(s0)))
        {
            return s0;
        }

        for (var k = s0 + 1; k < t; k++)
        {
            if (Norm(k) == "," && !InQuote[k])
            {
                return k + 1;
            }
        }

        return s0;
    }

    /// <summary>
    /// The verb a participle set off by a comma ("…, arguing that") hangs on: the first finite verb of the nearest
    /// comma-delimited stretch before it that has one ("X accused Y of …, arguing": "accused"; "X accused Y, a claim Z
    /// echoed, asserting": "echoed"), outside quotations and an opening adverbial phrase; null when the participle does
    /// not follow a comma or no finite verb is found.
    /// </summary>
    private int? ClauseVerbBefore(int participle)
    {
        var comma = participle - 1;
        while (comma >= 0 && FunctionWords.VerbPreModifiers.Contains(Norm(comma)))
        {
            comma--;
        }

        if (comma < 0 || Norm(comma) != "," || InQuote[comma] || SentenceOf(comma) != SentenceOf(participle))
        {
            return null;
        }

        var start = ClauseStart(participle);
        var end = comma;
        while (end > start)
        {
            var from = end - 1;
            while (from > start && !(Norm(from - 1) == "," && !InQuote[from - 1]))
            {
                from--;
            }

            for (var k = from; k < end; k++)
            {
                if (!InQuote[k] && tags.IsFiniteVerb(k))
                {
                    return k;
                }
            }

            end = from - 1;
        }

        return null;
    }

    /// <summary>
    /// A noun phrase read forward from <paramref name="start"/> ("according to Kremlin spokesperson Dmitry Peskov").
    /// With <paramref name="keepUnnamed"/>, a phrase that names no entity or speaker noun is still its own source by
    /// its words ("according to tax records"): what follows "according to" is a source whatever it is.
    /// </summary>
    public SpeakerRef ForwardNounPhrase(int start, bool keepUnnamed = false)
    {
        if (start >= Tokens.Length || SentenceOf(start) != SentenceOf(start - 1))
        {
            return default;
        }

        var end = start;
        var sentenceEnd = SentenceEnd(start);
        while (end + 1 < sentenceEnd && end - start < MaxNounPhrase - 1 && !InQuote[end + 1] && !IsPunctuation(end + 1)
            && !FunctionWords.ClauseBoundaries.Contains(Norm(end + 1)) && !CueVerbs.All.Contains(Norm(end + 1)))
        {
            end++;
        }

        if (IsPunctuation(start) || InQuote[start])
        {
            return default;
        }

        var resolved = ResolveNounPhrase(start, end);
        if (resolved.IsResolved || !keepUnnamed)
        {
            return resolved;
        }

        var span = SpanOf(start, end);
        return new SpeakerRef(null, Document.Slice(span), span);
    }

    /// <summary>Resolves the noun phrase <c>[first, last]</c> to an entity, a pronoun's antecedent, or a source text.</summary>
    public SpeakerRef ResolveNounPhrase(int first, int last)
    {
        var span = SpanOf(first, last);
        if (first == last && FunctionWords.SubjectPronouns.Contains(Norm(first)))
        {
            return Norm(first) is "he" or "she" or "He" or "She" ? ResolvePronoun(first) : new SpeakerRef(null, null, span);
        }

        // A name closing a premodified phrase is the speaker ("U.S. Secretary of State Marco Rubio"), unless the
        // phrase is indefinite ("a source close to Rubio").
        if (MentionAt[last] >= 0 && Document.Mentions[MentionAt[last]].Kind == EntityKind.Person
            && Norm(first) is not ("a" or "A" or "an" or "An" or "some" or "Some" or "one" or "One"))
        {
            return FromMention(MentionAt[last]);
        }

        // The head is the last word before a post-modifying preposition ("a source within the delegation").
        var headEnd = last;
        for (var k = first + 1; k <= last; k++)
        {
            if (FunctionWords.Prepositions.Contains(Norm(k)) && MentionAt[k] < 0)
            {
                headEnd = k - 1;
                break;
            }
        }

        for (var k = headEnd; k >= first; k--)
        {
            if (MentionAt[k] >= 0 && Document.Mentions[MentionAt[k]].Kind == EntityKind.Person)
            {
                return FromMention(MentionAt[k]);
            }
        }

        if (MentionAt[headEnd] >= 0 && Document.Mentions[MentionAt[headEnd]].Kind != EntityKind.Miscellaneous)
        {
            return FromMention(MentionAt[headEnd]);
        }

        var head = Norm(headEnd).ToLowerInvariant();
        var definite = Norm(first) is "the" or "The" or "this" or "This";
        var isSpeakerNoun = Roles.SpeakerNouns.Contains(head) || Roles.IsHead(head);
        if (definite && isSpeakerNoun)
        {
            var nominal = ResolveNominal(first, headEnd, head);
            if (nominal.IsResolved)
            {
                return nominal with { Source = span };
            }
        }

        var startsWithDeterminer = FunctionWords.Determiners.Contains(Norm(first));
        if (!isSpeakerNoun && !startsWithDeterminer)
        {
            return MentionAt[headEnd] >= 0 ? FromMention(MentionAt[headEnd]) : default;
        }

        var text = Document.Slice(span);
        sourcesWithoutEntity.Add((span.Start, head, text, span));
        return new SpeakerRef(null, text, span);
    }

    /// <summary>Resolves "he"/"she" to the nearest earlier person outside quotes and reported content, agreeing in gender.</summary>
    public SpeakerRef ResolvePronoun(int pronoun)
    {
        var wanted = Norm(pronoun) is "she" or "She" ? Gender.Female : Gender.Male;
        var minParagraph = ParagraphOf(pronoun) - 2;
        var fallback = -1;
        for (var k = pronoun - 1; k >= 0 && ParagraphOf(k) >= minParagraph; k--)
        {
            var m = MentionAt[k];
            if (m < 0 || InQuote[k] || InReportedContent[k] || Document.Mentions[m].Kind != EntityKind.Person)
            {
                continue;
            }

            var gender = genders.GetValueOrDefault(Document.Mentions[m].EntityId);
            if (gender == wanted)
            {
                return FromMention(m) with { Source = Tokens[pronoun].Span };
            }

            if (gender == Gender.Unknown && fallback < 0)
            {
                fallback = m;
            }
        }

        return fallback >= 0
            ? FromMention(fallback) with { Source = Tokens[pronoun].Span }
            : new SpeakerRef(null, null, Tokens[pronoun].Span);
    }

    /// <summary>"the spokesman", "the American president": the entity whose role fits best, else an earlier unnamed source.</summary>
    private SpeakerRef ResolveNominal(int first, int headEnd, string head)
    {
        var position = Tokens[first].Span.Start;
        string? best = null;
        var bestScore = -1;
        var bestPosition = -1;
        var headClass = RoleClass(head);
        foreach (var entity in Document.Entities)
        {
            var lastMention = LastMentionBefore(entity.Id, position);
            if (lastMention < 0)
            {
                continue;
            }

            // An organisation is its own nominal ("the ministry" → "Ministry of Defence"), like a role is a person's.
            var descriptions = entity.Kind == EntityKind.Organization ? entity.Roles.Add(entity.Name) : entity.Roles;
            var score = -1;
            foreach (var role in descriptions)
            {
                var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (!words.Any(w => RoleClass(w.ToLowerInvariant()) == headClass))
                {
                    continue;
                }

                var roleScore = 0;
                for (var k = first + 1; k < headEnd; k++)
                {
                    if (ModifierMatches(Norm(k), role))
                    {
                        roleScore += 2;
                    }
                    else if (char.IsUpper(Norm(k)[0]))
                    {
                        roleScore -= 1;
                    }
                }

                score = Math.Max(score, roleScore);
            }

            if (score >= 0 && (score > bestScore || (score == bestScore && lastMention > bestPosition)))
            {
                best = entity.Id;
                bestScore = score;
                bestPosition = lastMention;
            }
        }

        if (best is not null)
        {
            return new SpeakerRef(best, entities[best].Name, null);
        }

        for (var i = sourcesWithoutEntity.Count - 1; i >= 0; i--)
        {
            var earlier = sourcesWithoutEntity[i];
            if (earlier.Position < position && earlier.Head == head)
            {
                return new SpeakerRef(null, earlier.Text, null);
            }
        }

        return default;
    }

    /// <summary>The start of the entity's last mention before <paramref name="position"/>, or -1.</summary>
    private int LastMentionBefore(string entityId, int position)
    {
        if (!mentionStarts.TryGetValue(entityId, out var starts))
        {
            return -1;
        }

        var index = starts.BinarySearch(position);
        index = index >= 0 ? index - 1 : ~index - 1;
        return index >= 0 ? starts[index] : -1;
    }

    private static string RoleClass(string word) =>
        word is "spokesman" or "spokeswoman" or "spokesperson" or "spokespeople" ? "spokesperson" : word;

    private static bool ModifierMatches(string modifier, string role)
    {
        if (role.Contains(modifier, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (Gazetteer.DemonymCountries.TryGetValue(modifier, out var countries))
        {
            foreach (var word in role.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (countries.Contains(word, StringComparer.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public SpeakerRef FromMention(int mentionIndex)
    {
        var mention = Document.Mentions[mentionIndex];
        var name = entities.TryGetValue(mention.EntityId, out var entity) ? entity.Name : Document.Slice(mention.Span);
        return new SpeakerRef(mention.EntityId, name, mention.Span);
    }

    private static Gender GenderOf(Entity entity)
    {
        foreach (var role in entity.Roles)
        {
            foreach (var word in role.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (Roles.Female.Contains(word))
                {
                    return Gender.Female;
                }

                if (Roles.Male.Contains(word))
                {
                    return Gender.Male;
                }
            }
        }

        foreach (var form in entity.Aliases.Prepend(entity.Name))
        {
            var first = form.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            var male = GivenNames.Male.Contains(first);
            var female = GivenNames.Female.Contains(first);
            if (male != female)
            {
                return male ? Gender.Male : Gender.Female;
            }
        }

        return Gender.Unknown;
    }
}
