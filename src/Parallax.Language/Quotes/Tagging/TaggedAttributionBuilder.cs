using Parallax.Core.Annotations;
using Parallax.Core.Text;
using Parallax.Language.Lexicon;

namespace Parallax.Language.Quotes.Tagging;

/// <summary>
/// Turns the tagger's spans into attributions: each content takes the nearest cue of its paragraph (one in a
/// sentence the content touches before one further away), and a cue left without a content reports the rest of its
/// sentence. The cue's grammatical subject speaks, as in the rule-based attributor, else the plain words before the
/// cue ("Marine biologists fear …"), else the nearest tagged source of the cue's sentence. Every tagged attribution is
/// Indirect: the tagger reads reporting, not quotation marks, so nothing it finds may be shown as a quote.
/// </summary>
internal static class TaggedAttributionBuilder
{
    // A cue in another sentence of the paragraph counts as this many tokens further away.
    private const int OtherSentencePenalty = 50;

    /// <summary>
    /// Adds the attributions of <paramref name="spans"/> to <paramref name="results"/>, except those whose content
    /// overlaps the content of an attribution already there (the rule-based quotes and reported clauses): those
    /// only lend their cue and speaker to a rule-based attribution that has no cue.
    /// </summary>
    public static void Add(AttributionContext context, List<TaggedSpan> spans, List<Attribution> results)
    {
        // A name is never the cue ("dubbed Zapad-2025 (“West-2025”)" tagged the other way round).
        var cues = spans.Where(s => s.Role == TaggedRole.Cue && context.MentionAt[s.First] < 0).ToList();
        var sources = spans.Where(s => s.Role == TaggedRole.Source).ToList();

        // One cue reports one content: the pieces the tagger split a content into (around a source inside it, or
        // where a label broke off) are joined again.
        var groups = new List<(TaggedSpan? Cue, int First, int Last)>();
        foreach (var content in spans.Where(s => s.Role == TaggedRole.Content))
        {
            var cue = Nearest(context, cues, content);
            var same = cue is null ? -1 : groups.FindIndex(g => g.Cue == cue);
            if (same >= 0)
            {
                groups[same] = (cue, Math.Min(groups[same].First, content.First), Math.Max(groups[same].Last, content.Last));
            }
            else
            {
                groups.Add((cue, content.First, content.Last));
            }
        }

        // A cue reports something even where the content tagger found nothing: what follows it in its sentence.
        foreach (var cue in cues)
        {
            if (!groups.Exists(g => g.Cue == cue) && Complement(context, cues, cue) is { } complement)
            {
                groups.Add((cue, complement.First, complement.Last));
            }
        }

        var kept = new List<(TaggedSpan? Cue, TaggedSpan Content, TextSpan Span)>();
        foreach (var (cue, first, last) in groups)
        {
            var content = new TaggedSpan(TaggedRole.Content, first, last);
            if (Trimmed(context, content) is { } span && (cue is not null || !IsScareQuote(context, span)) && !IsGlossedName(context, first, last))
            {
                kept.Add((cue, content, span));
                context.MarkReported(span);
            }
        }

        foreach (var (cue, content, span) in kept)
        {
            var source = cue is { } c ? Nearest(context, sources, c, sameSentenceOnly: true) : Nearest(context, sources, content, sameSentenceOnly: true);
            if (source is { } found && NamesNobody(context, context.SpanOf(found.First, found.Last)))
            {
                continue; // the tagger's source is a stray word: what it read as reporting is not (a name glossed in brackets)
            }

            // The cue's grammatical subject, where the rules find one, speaks before the nearest tagged source: the
            // source tagger alone finds about half of PolNeAR's sources, the subject rules more (docs/quotes-eval.md).
            var subject = cue is { } only ? context.SubjectOf(only.First) : default;
            // Without one, the plain words before the cue ("Marine biologists fear …") are its subject more often than
            // the tagged source is (docs/quotes-eval.md).
            var plain = cue is { } bare ? context.PlainSubjectOf(bare.First) : default;
            var speaker = subject.Source is not null
                ? subject
                : plain.Source is not null ? plain
                : source is { } src ? context.ResolveNounPhrase(src.First, src.Last) with { Source = context.SpanOf(src.First, src.Last) } : default;
            if (speaker.Source is not { } said || NamesNobody(context, said))
            {
                continue; // who said it is the point of an attribution
            }

            // A source that is an unresolved pronoun names no speaker: "they" or "he" is not a name to show.
            var text = speaker.Text ?? (speaker.Source is { } at && speaker.EntityId is null && !IsLonePronoun(context, at) ? context.Document.Slice(at) : null);
            var raw = new Attribution(AttributionKind.Indirect, span, cue is { } k ? context.SpanOf(k.First, k.Last) : null, speaker.Source, speaker.EntityId, text);
            if (TaggedAttributionShape.Shaped(context, raw) is not { } tagged)
            {
                continue;
            }

            // One cue reports one thing: a rule-based attribution with the same cue or an overlapping content is this one,
            // and so is one whose cue the tagged content runs over (", the director said, reading a statement …": the
            // tagger took the rules' frame for a statement).
            var overlapping = results.FindIndex(r => r.Content.Overlaps(tagged.Content)
                || (r.Cue is { } ruleCue && (ruleCue.Overlaps(tagged.Content) || (tagged.Cue is { } taggedCue && ruleCue.Overlaps(taggedCue)))));
            if (overlapping < 0)
            {
                results.Add(tagged);
                continue;
            }

            // The rules' content stands (their quotes are read from quotation marks, so they keep their kind), but
            // where they found no cue (a quote after "X continued:"), the tagger's cue and speaker are taken.
            var rule = results[overlapping];
            if (rule.Cue is null && tagged.Cue is not null)
            {
                results[overlapping] = rule with { Cue = tagged.Cue, SourceSpan = tagged.SourceSpan, SpeakerEntityId = tagged.SpeakerEntityId, Speaker = tagged.Speaker };
            }
        }
    }

    /// <summary>
    /// What a cue the content tagger left without a content reports: the rest of its sentence up to the next cue; null
    /// when under two words are left (a cue closing its sentence; taking the clause before it did not score better).
    /// </summary>
    private static TaggedSpan? Complement(AttributionContext context, List<TaggedSpan> cues, TaggedSpan cue)
    {
        var end = context.SentenceEnd(cue.First);
        foreach (var other in cues)
        {
            if (other.First > cue.Last && other.First < end)
            {
                end = other.First;
            }
        }

        var first = cue.Last + 1;
        var last = end - 1;
        while (last >= first && context.IsPunctuation(last) && !context.InQuote[last])
        {
            last--;
        }

        // A prepositional phrase after the cue ("on Tuesday", "by the council") says when or by whom, not what.
        var adjunct = first <= last && FunctionWords.Prepositions.Contains(context.Norm(first));
        return last - first >= 1 && !adjunct ? new TaggedSpan(TaggedRole.Content, first, last) : null;
    }

    /// <summary>The content's characters without punctuation at either end outside quotation marks; null when nothing is left.</summary>
    private static TextSpan? Trimmed(AttributionContext context, TaggedSpan content)
    {
        int first = content.First, last = content.Last;
        while (first <= last && context.IsPunctuation(first) && !context.InQuote[first])
        {
            first++;
        }

        while (last >= first && context.IsPunctuation(last) && !context.InQuote[last])
        {
            last--;
        }

        return last < first ? null : context.SpanOf(first, last);
    }

    /// <summary>
    /// A content that is one quotation and nothing more, with no cue found for it: the rules left it alone as scare
    /// quotes or a name in quotation marks, and their judgement stands.
    /// </summary>
    private static bool IsScareQuote(AttributionContext context, TextSpan span) =>
        context.Segments.Any(q => q.Open <= span.Start && span.End <= q.End);

    /// <summary>
    /// A content that is one name glossed in brackets: what something is called ("drills dubbed Zapad (“West”)"),
    /// not what anyone said. A name alone stays: PolNeAR annotates stances such as "endorsed Clinton" so.
    /// </summary>
    private static bool IsGlossedName(AttributionContext context, int first, int last)
    {
        while (first <= last && context.IsPunctuation(first))
        {
            first++;
        }

        var mention = first <= last ? context.MentionAt[first] : -1;
        if (mention < 0)
        {
            return false;
        }

        while (first <= last && context.MentionAt[first] == mention)
        {
            first++;
        }

        return first <= last && context.Norm(first) == "(";
    }

    /// <summary>A lone determiner or punctuation mark ("The" cut off from its noun, the subject of "The so-called …").</summary>
    private static bool NamesNobody(AttributionContext context, TextSpan source)
    {
        var first = context.FirstTokenAtOrAfter(source.Start);
        return first < context.Tokens.Length && context.Tokens[first].Span.End >= source.End
            && (FunctionWords.Determiners.Contains(context.Norm(first)) || context.IsPunctuation(first));
    }

    /// <summary>A source that is one subject pronoun ("they", "it", or a "he" with no person to stand for).</summary>
    private static bool IsLonePronoun(AttributionContext context, TextSpan source)
    {
        var first = context.FirstTokenAtOrAfter(source.Start);
        return first < context.Tokens.Length && context.Tokens[first].Span.End >= source.End
            && FunctionWords.SubjectPronouns.Contains(context.Norm(first));
    }

    private static TaggedSpan? Nearest(AttributionContext context, List<TaggedSpan> candidates, TaggedSpan anchor, bool sameSentenceOnly = false)
    {
        var paragraph = context.ParagraphOf(anchor.First);
        TaggedSpan? best = null;
        var bestCost = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (context.ParagraphOf(candidate.First) != paragraph || candidate.Last >= anchor.First && candidate.First <= anchor.Last)
            {
                continue;
            }

            var gap = candidate.First > anchor.Last ? candidate.First - anchor.Last : anchor.First - candidate.Last;
            var shares = context.SentenceOf(candidate.Last) >= context.SentenceOf(anchor.First) && context.SentenceOf(candidate.First) <= context.SentenceOf(anchor.Last);
            if (sameSentenceOnly && !shares)
            {
                continue;
            }

            var cost = gap + (shares ? 0 : OtherSentencePenalty);
            if (cost < bestCost)
            {
                best = candidate;
                bestCost = cost;
            }
        }

        return best;
    }
}
