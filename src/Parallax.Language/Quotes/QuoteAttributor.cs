using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Text;
using Parallax.Language.Lexicon;
using Parallax.Language.Quotes.Tagging;

namespace Parallax.Language.Quotes;

/// <summary>
/// Finds who said what. Direct quotes are attributed from the frame after them ("“…,” Zelensky told a conference"),
/// before them ("Peskov said on Friday, “…”"), or from the previous quote of the same paragraph or of the quote they
/// continue; pronouns and role nouns ("he added", "the American president said", "the source said") resolve to the
/// nearest compatible person or the entity whose role fits. Quoted fragments inside the reporter's sentence are
/// Partial quotes of the sentence's attributed subject, and are kept only when the sentence has a reporting cue.
/// Reported clauses ("X said that …", "…, according to X") are Indirect, never Direct. With an
/// <see cref="AttributionModel"/>, the statistical tagger then adds what the rules miss (reporting and stance verbs
/// beyond speech, documents and polls as sources, contents without quotation marks), always as Indirect, and never
/// where a content the rules found already lies.
/// </summary>
public sealed class QuoteAttributor : IDocumentAnnotator
{
    private const int MaxFrameTokens = 12;

    private static readonly ImmutableHashSet<string> ClauseBreakers = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "while", "whereas", "but", "although", "though", "adding", "saying", "stating", "warning", "noting", "insisting", "arguing",
        "asserting", "according", "claiming", "explaining", "as", "despite", "even");

    private static readonly ImmutableHashSet<string> ClauseStarters = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase, "he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those", "the", "his", "her",
        "its", "their", "our", "no", "nobody", "none", "some", "all", "both", "a", "an", "any", "every");

    private readonly AttributionModel? model;

    /// <summary>The rules and the tagger trained on PolNeAR that ships with Parallax.</summary>
    public QuoteAttributor()
        : this(AttributionModel.Default)
    {
    }

    /// <summary>The rules, and <paramref name="model"/>'s tagger when it is not null.</summary>
    public QuoteAttributor(AttributionModel? model)
    {
        this.model = model;
    }

    public string Name => "attributions";

    public AnnotationLayers Requires => AnnotationLayers.Sentences | AnnotationLayers.Tokens | AnnotationLayers.Entities;

    public AnnotationLayers Produces => AnnotationLayers.Attributions;

    public Document Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new AttributionContext(document, QuoteScanner.Scan(document));
        var results = new List<Attribution>();
        FindIndirect(context, results);
        FindQuotes(context, results);
        if (model is not null)
        {
            TaggedAttributionBuilder.Add(context, model.Tag(context), results);
        }

        results.Sort(static (x, y) =>
        {
            var c = x.Content.CompareTo(y.Content);
            return c != 0 ? c : x.Kind.CompareTo(y.Kind);
        });
        return document with { Attributions = [.. results], Layers = document.Layers | AnnotationLayers.Attributions };
    }

    private static Attribution Make(AttributionKind kind, TextSpan content, TextSpan? cue, SpeakerRef speaker) =>
        new(kind, content, cue, speaker.Source, speaker.EntityId, speaker.Text);

    private static void FindIndirect(AttributionContext cx, List<Attribution> results)
    {
        for (var c = 0; c < cx.Tokens.Length; c++)
        {
            if (!cx.IsCue(c))
            {
                continue;
            }

            if (cx.IsAccording(c))
            {
                According(cx, c, results);
                continue;
            }

            var start = Complement(cx, c);
            if (start < 0)
            {
                TrailingAttribution(cx, c, results);
                continue;
            }

            if (cx.InQuote[start] && cx.IsPunctuation(start))
            {
                continue;
            }

            var end = IsInRelativeClause(cx, c) ? RelativeClauseEnd(cx, start) : ClauseEnd(cx, start);
            while (end > start && cx.Norm(end - 1) is "." or "," or ";" or ":" or "!" or "?")
            {
                end--;
            }

            if (end - start < 3)
            {
                continue;
            }

            var speaker = cx.SubjectOf(c);
            if (!speaker.IsResolved)
            {
                continue;
            }

            var content = cx.SpanOf(start, end - 1);
            results.Add(Make(AttributionKind.Indirect, content, cx.Tokens[c].Span, speaker));
            cx.MarkReported(content);
        }
    }

    /// <summary>The first token of the reported clause after a cue verb, or -1.</summary>
    private static int Complement(AttributionContext cx, int cue)
    {
        var end = cx.SentenceEnd(cue);
        var cueNorm = cx.Norm(cue);
        var takesListener = CueVerbs.TakesListener.Contains(cueNorm);
        for (var t = cue + 1; t < end && t <= cue + 6; t++)
        {
            var n = cx.Norm(t);
            if (n == "that")
            {
                return t + 1 < end ? t + 1 : -1;
            }

            var allowed = CueVerbs.BeforeThat.Contains(n) || (char.IsUpper(n[0]) && !cx.InQuote[t]) || FunctionWords.Days.Contains(n)
                || (t == cue + 1 && takesListener && char.IsLetter(n[0]));
            if (!allowed)
            {
                break;
            }
        }

        if (!CueVerbs.BareClause.Contains(cueNorm))
        {
            return -1;
        }

        var k = cue + 1;
        if (takesListener && k < end)
        {
            if (cx.MentionAt[k] >= 0)
            {
                var m = cx.MentionAt[k];
                while (k < end && cx.MentionAt[k] == m)
                {
                    k++;
                }
            }
            else if (cx.Norm(k) is "reporters" or "journalists" or "him" or "her" or "them" or "us" or "me" or "lawmakers")
            {
                k++;
            }
            else
            {
                return -1;
            }
        }

        if (k >= end || cx.InQuote[k])
        {
            return -1;
        }

        return ClauseStarters.Contains(cx.Norm(k)) || (cx.MentionAt[k] >= 0 && cx.Document.Mentions[cx.MentionAt[k]].Kind != EntityKind.Miscellaneous)
            ? k
            : -1;
    }

    /// <summary>
    /// "Germany's economy shrank, the statistics office said on Friday.": a clause followed by ", NP said" is the
    /// reported content of that NP.
    /// </summary>
    private static void TrailingAttribution(AttributionContext cx, int cue, List<Attribution> results)
    {
        if (CueVerbs.IsParticiple(cx.Norm(cue)) || !CueVerbs.BareClause.Contains(cx.Norm(cue)))
        {
            return;
        }

        var s0 = cx.SentenceStart(cue);
        var end = cx.SentenceEnd(cue);
        var comma = cue - 1;
        while (comma > s0 && cue - comma <= 8 && cx.Norm(comma) != "," && !cx.InQuote[comma] && !cx.IsPunctuation(comma))
        {
            comma--;
        }

        if (comma <= s0 + 2 || cx.Norm(comma) != "," || comma == cue - 1 || cx.InQuote[comma])
        {
            return;
        }

        // After the cue only a short adverbial may follow ("on Friday", "in a statement"), or a new clause after a comma.
        var tail = cue + 1;
        while (tail < end && cx.Norm(tail) is not ("," or "." or ";" or "!" or "?"))
        {
            tail++;
        }

        if (tail - cue > 6)
        {
            return;
        }

        for (var t = s0; t < comma; t++)
        {
            if (cx.InQuote[t])
            {
                return; // "“…,” X said" is a direct quote's frame.
            }
        }

        // "The storms, she said, have grown stronger": a frame set inside the sentence reports both sides of it, as
        // PolNeAR marks it; a participle or clause word after the frame starts something else (", adding that").
        var last = ParentheticalEnd(cx, cue, end) ?? comma - 1;
        var speaker = cx.ResolveNounPhrase(comma + 1, cue - 1);
        if (!speaker.IsResolved)
        {
            return;
        }

        var content = cx.SpanOf(AfterDateline(cx, s0, last), last);
        results.Add(Make(AttributionKind.Indirect, content, cx.Tokens[cue].Span, speaker));
        cx.MarkReported(content);
    }

    /// <summary>
    /// The last word of a sentence whose frame "…, X said, …" interrupts it, or null when the cue is not followed by a
    /// comma and the rest of the statement: at least three more words, not a quotation, not opening a new clause.
    /// </summary>
    private static int? ParentheticalEnd(AttributionContext cx, int cue, int end)
    {
        var next = cue + 1;
        if (next + 1 >= end || cx.Norm(next) != "," || !char.IsLower(cx.Norm(next + 1)[0])
            || ClauseBreakers.Contains(cx.Norm(next + 1)) || CueVerbs.IsParticiple(cx.Norm(next + 1)))
        {
            return null;
        }

        var last = end - 1;
        while (last > next && cx.IsPunctuation(last))
        {
            last--;
        }

        for (var t = next + 1; t <= last; t++)
        {
            if (cx.InQuote[t])
            {
                return null;
            }
        }

        return last - next >= 3 ? last : null;
    }

    /// <summary>
    /// The first token after the article's dateline (<see cref="Parallax.Core.Articles.Article.Dateline"/>: "BERLIN,
    /// March 3 (Reuters) -") when the sentence starts inside it, else <paramref name="start"/>: the dateline is not
    /// part of what anyone said.
    /// </summary>
    private static int AfterDateline(AttributionContext cx, int start, int last)
    {
        if (cx.Document.Article.Dateline is not { } dateline || cx.Tokens[start].Span.Start >= dateline.Span.End)
        {
            return start;
        }

        for (var t = start; t <= last; t++)
        {
            if (cx.Tokens[t].Span.Start >= dateline.Span.End)
            {
                return t;
            }
        }

        return start;
    }

    /// <summary>True for a cue inside a relative clause ("Trump, who has repeatedly claimed ...").</summary>
    private static bool IsInRelativeClause(AttributionContext cx, int cue)
    {
        var s0 = cx.SentenceStart(cue);
        var j = cue - 1;
        while (j >= s0 && FunctionWords.VerbPreModifiers.Contains(cx.Norm(j)))
        {
            j--;
        }

        return j >= s0 && cx.Norm(j) is "who" or "which";
    }

    /// <summary>A relative clause's reported content ends at the comma that closes the relative clause.</summary>
    private static int RelativeClauseEnd(AttributionContext cx, int start)
    {
        var end = cx.SentenceEnd(start);
        for (var t = start; t < end; t++)
        {
            if (cx.Norm(t) is "," or ";" && !cx.InQuote[t])
            {
                return t;
            }
        }

        return end;
    }

    /// <summary>The exclusive end of the clause starting at <paramref name="start"/>.</summary>
    private static int ClauseEnd(AttributionContext cx, int start)
    {
        var end = cx.SentenceEnd(start);
        for (var t = start; t < end; t++)
        {
            var n = cx.Norm(t);
            if (n == ";" && !cx.InQuote[t])
            {
                return t;
            }

            if (n == "," && !cx.InQuote[t] && t + 1 < end && ClauseBreakers.Contains(cx.Norm(t + 1)))
            {
                return t;
            }
        }

        return end;
    }

    private static void According(AttributionContext cx, int c, List<Attribution> results)
    {
        var speaker = cx.ForwardNounPhrase(c + 2, keepUnnamed: true);
        if (!speaker.IsResolved)
        {
            return;
        }

        var s0 = cx.SentenceStart(c);
        var end = cx.SentenceEnd(c);
        int first;
        int last;
        if (c == s0 || (c == s0 + 1 && cx.Norm(s0) is "But" or "And" or "Yet"))
        {
            first = c + 2;
            while (first < end && cx.Norm(first) != ",")
            {
                first++;
            }

            first++;
            last = end - 1;
        }
        else
        {
            last = cx.Norm(c - 1) == "," ? c - 2 : c - 1;
            first = AfterDateline(cx, s0, last);
        }

        while (last >= first && cx.IsPunctuation(last) && !cx.InQuote[last])
        {
            last--;
        }

        if (last - first < 2)
        {
            return;
        }

        for (var t = first; t <= last; t++)
        {
            if (cx.InQuote[t])
            {
                return; // "“…,” according to X" attributes the quote itself.
            }
        }

        var content = cx.SpanOf(first, last);
        results.Add(Make(AttributionKind.Indirect, content, cx.SpanOf(c, c + 1), speaker));
        cx.MarkReported(content);
    }

    private static void FindQuotes(AttributionContext cx, List<Attribution> results)
    {
        var segments = cx.Segments;
        var resolved = new (SpeakerRef Speaker, TextSpan? Cue)[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (IsDirect(cx, segments, i))
            {
                (SpeakerRef Speaker, TextSpan? Cue) found = default;
                if (segment.ContinuesPrevious && i > 0)
                {
                    found = (resolved[i - 1].Speaker, null);
                }
                else
                {
                    found = AfterFrame(cx, segment);
                    if (!found.Speaker.IsResolved)
                    {
                        var before = BeforeFrame(cx, segments, i);
                        found = before.Speaker.IsResolved || found.Cue is null ? before : found;
                    }

                    // Without a frame of its own, a quote continues the previous quote of the paragraph.
                    if (found.Cue is null && i > 0 && segments[i - 1].Paragraph == segment.Paragraph && resolved[i - 1].Speaker.IsResolved)
                    {
                        found = (resolved[i - 1].Speaker, null);
                    }
                }

                resolved[i] = found;
                results.Add(Make(AttributionKind.Direct, segment.Content, found.Cue, found.Speaker));
                continue;
            }

            var cue = PartialCue(cx, segment);
            if (cue < 0)
            {
                continue; // Scare quotes: no reporting cue, no quote.
            }

            var speaker = cx.SubjectOf(cue);
            resolved[i] = (speaker, CueSpan(cx, cue));
            results.Add(Make(AttributionKind.Partial, segment.Content, CueSpan(cx, cue), speaker));
        }
    }

    private static bool IsDirect(AttributionContext cx, List<QuoteSegment> segments, int i)
    {
        var segment = segments[i];
        if (segment.ContinuesPrevious)
        {
            return true;
        }

        var text = cx.Document.Text;
        var paragraphStart = cx.Document.Article.ParagraphSpans[segment.Paragraph].Start;
        var p = segment.Open - 1;
        while (p >= paragraphStart && char.IsWhiteSpace(text[p]))
        {
            p--;
        }

        if (p < paragraphStart)
        {
            return true;
        }

        var before = text[p];
        if (before is '.' or '!' or '?' or '…' or ':' or '”' or '»' or '"')
        {
            return true;
        }

        var contentUpper = StartsUpper(text, segment.Content);
        if (before == ',')
        {
            if (contentUpper)
            {
                return true;
            }

            if (i > 0 && segments[i - 1].Paragraph == segment.Paragraph && segments[i - 1].Close >= 0)
            {
                // A split quote: "“…,” he said, “…”".
                for (var t = cx.FirstTokenAtOrAfter(segments[i - 1].Close + 1); t < cx.Tokens.Length && cx.Tokens[t].Span.Start < segment.Open; t++)
                {
                    if (cx.IsCue(t))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        var openToken = cx.FirstTokenAtOrAfter(segment.Open);
        return contentUpper && openToken > 0 && cx.IsCue(openToken - 1);
    }

    private static bool StartsUpper(string text, TextSpan content)
    {
        for (var k = content.Start; k < content.End; k++)
        {
            if (char.IsLetter(text[k]))
            {
                return char.IsUpper(text[k]);
            }
        }

        return false;
    }

    private static (SpeakerRef Speaker, TextSpan? Cue) AfterFrame(AttributionContext cx, QuoteSegment segment)
    {
        if (segment.Close < 0)
        {
            return default;
        }

        var closeToken = cx.FirstTokenAtOrAfter(segment.Close);
        var t0 = cx.FirstTokenAtOrAfter(segment.Close + 1);
        if (closeToken >= cx.Tokens.Length || t0 >= cx.Tokens.Length || cx.SentenceOf(t0) != cx.SentenceOf(closeToken))
        {
            return default;
        }

        var end = cx.SentenceEnd(t0);
        var f = t0;
        while (f < end && cx.Norm(f) is "," or "-" or "--")
        {
            f++;
        }

        var cue = -1;
        for (var k = f; k < end && k < f + MaxFrameTokens; k++)
        {
            if (cx.InQuote[k])
            {
                break;
            }

            if (cx.IsCue(k))
            {
                cue = k;
                break;
            }
        }

        if (cue < 0)
        {
            return default;
        }

        if (cue == f)
        {
            var speaker = cx.IsAccording(cue) ? cx.ForwardNounPhrase(cue + 2) : cx.ForwardNounPhrase(cue + 1);
            return (speaker, CueSpan(cx, cue));
        }

        // "''…'' of the plan, Mr. Brandt said": words that cannot open a noun phrase carry on the quoted clause, so
        // the speaker is the cue's own subject, not the first phrase after the quotation.
        if (ContinuesQuotedClause(cx.Norm(f)))
        {
            return (cx.SubjectOf(cue), CueSpan(cx, cue));
        }

        var last = cue - 1;
        while (last > f && FunctionWords.VerbPreModifiers.Contains(cx.Norm(last)))
        {
            last--;
        }

        for (var k = f; k <= last; k++)
        {
            if (cx.IsPunctuation(k))
            {
                last = k - 1;
                break;
            }
        }

        return last < f ? default : (cx.ResolveNounPhrase(f, last), CueSpan(cx, cue));
    }

    /// <summary>A lower-case function word that is no determiner or pronoun ("of", "for", "is"): it cannot open the speaker's name.</summary>
    private static bool ContinuesQuotedClause(string word) =>
        char.IsLower(word[0]) && FunctionWords.All.Contains(word) && !FunctionWords.Determiners.Contains(word) && !FunctionWords.SubjectPronouns.Contains(word)
        && !FunctionWords.VerbPreModifiers.Contains(word) && word is not ("who" or "which" or "according");

    private static (SpeakerRef Speaker, TextSpan? Cue) BeforeFrame(AttributionContext cx, List<QuoteSegment> segments, int i)
    {
        var segment = segments[i];
        var openToken = cx.FirstTokenAtOrAfter(segment.Open);
        if (openToken >= cx.Tokens.Length)
        {
            return default;
        }

        var lower = cx.SentenceStart(openToken);

        // "Peskov told reporters:" ending the previous sentence or paragraph introduces the quote.
        if (openToken == lower && openToken > 0 && cx.Norm(openToken - 1) == ":")
        {
            openToken--;
            lower = cx.SentenceStart(openToken);
        }

        if (i > 0 && segments[i - 1].Paragraph == segment.Paragraph && segments[i - 1].End > cx.Tokens[lower].Span.Start)
        {
            lower = cx.FirstTokenAtOrAfter(segments[i - 1].End);
        }

        for (var k = openToken - 1; k >= lower; k--)
        {
            if (cx.IsCue(k))
            {
                return (cx.SubjectOf(k), CueSpan(cx, k));
            }
        }

        return default;
    }

    /// <summary>The reporting cue of the sentence a partial quote sits in: the nearest before it, else after it.</summary>
    private static int PartialCue(AttributionContext cx, QuoteSegment segment)
    {
        var openToken = cx.FirstTokenAtOrAfter(segment.Open);
        if (openToken >= cx.Tokens.Length)
        {
            return -1;
        }

        var s0 = cx.SentenceStart(openToken);
        for (var k = openToken - 1; k >= s0; k--)
        {
            // "an operation called “Spider Web”" names a thing; "Merz called the figures “alarming”" quotes Merz.
            if (cx.IsCue(k) && !(CueVerbs.Naming.Contains(cx.Norm(k)) && k + 1 == openToken))
            {
                return k;
            }
        }

        var end = cx.SentenceEnd(openToken);
        for (var k = cx.FirstTokenAtOrAfter(segment.End); k < end; k++)
        {
            if (cx.IsCue(k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The cue's words: the verb, with its listener for "told reporters", or "according to".</summary>
    private static TextSpan CueSpan(AttributionContext cx, int cue)
    {
        var norm = cx.Norm(cue);
        if (cx.IsAccording(cue))
        {
            return cx.SpanOf(cue, cue + 1);
        }

        if (CueVerbs.TakesListener.Contains(norm) && cue + 1 < cx.SentenceEnd(cue))
        {
            var next = cx.Norm(cue + 1);
            if (next is "reporters" or "journalists" or "lawmakers" or "him" or "her" or "them" || cx.MentionAt[cue + 1] >= 0)
            {
                var last = cue + 1;
                while (cx.MentionAt[cue + 1] >= 0 && last + 1 < cx.SentenceEnd(cue) && cx.MentionAt[last + 1] == cx.MentionAt[cue + 1])
                {
                    last++;
                }

                return cx.SpanOf(cue, last);
            }
        }

        return cx.Tokens[cue].Span;
    }
}
