using System.Collections.Frozen;
using Parallax.Core.Annotations;
using Parallax.Core.Text;
using Parallax.Language.Lexicon;

namespace Parallax.Language.Quotes.Tagging;

/// <summary>
/// Checks that a tagged attribution has the shape of one before it is shown: a source that is a whole phrase naming
/// someone, a cue that is more than an adverb or conjunction, a content that says more than its source. The tagger
/// labels token by token, so its spans can stop at any word ("Moscow and" as a speaker, "also" as a cue); a report
/// that lists such a span as someone's statement misleads more than it informs (docs/quotes-eval.md, "The shape of a
/// tagged attribution").
/// </summary>
internal static class TaggedAttributionShape
{
    /// <summary>Words after which a noun phrase must go on: conjunctions, prepositions, determiners, possessives, clause openers.</summary>
    private static readonly FrozenSet<string> OpenEnds = WordSet.Of(
        "and or but nor of to from by with without within into onto over under about above below after before during",
        "since until through across against among between behind beyond despite except for off per than toward towards",
        "upon via amid amidst near the a an their its his her our my your whose",
        "when where while if because although though as whether");

    /// <summary>Pronouns that stand for a speaker ("he", "who" in "Smith, who said …"), resolved elsewhere.</summary>
    private static readonly FrozenSet<string> Pronouns = WordSet.Of("i me we us you he him she her it they them who which that this these those");

    /// <summary>The attribution as tagged, or null when its spans cannot be an attribution.</summary>
    public static Attribution? Shaped(AttributionContext context, Attribution tagged)
    {
        if (tagged.SourceSpan is not { } source || !NamesSomeone(context, source) || EndsOpen(context, source))
        {
            return null; // "When", "in a", "Moscow and": the tagger stopped inside or before the speaker's name
        }

        if (tagged.Cue is { } cue && IsOnlyFunctionWords(context, cue))
        {
            return null; // "also", "then": an adverb beside an action verb is no reporting
        }

        if (source.Start <= tagged.Content.Start && tagged.Content.End <= source.End)
        {
            return null; // the content says no more than who is speaking
        }

        return tagged;
    }

    private static bool EndsOpen(AttributionContext context, TextSpan span)
    {
        var last = LastTokenIn(context, span);
        return last >= 0 && OpenEnds.Contains(context.Norm(last));
    }

    private static bool NamesSomeone(AttributionContext context, TextSpan span)
    {
        for (var t = context.FirstTokenAtOrAfter(span.Start); t < context.Tokens.Length && context.Tokens[t].Span.End <= span.End; t++)
        {
            if (!context.IsPunctuation(t) && (!FunctionWords.All.Contains(context.Norm(t)) || Pronouns.Contains(context.Norm(t))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOnlyFunctionWords(AttributionContext context, TextSpan span)
    {
        for (var t = context.FirstTokenAtOrAfter(span.Start); t < context.Tokens.Length && context.Tokens[t].Span.End <= span.End; t++)
        {
            var norm = context.Norm(t);
            if (!context.IsPunctuation(t) && (!FunctionWords.All.Contains(norm) || CueVerbs.All.Contains(norm)))
            {
                return false;
            }
        }

        return true;
    }

    private static int LastTokenIn(AttributionContext context, TextSpan span)
    {
        var last = -1;
        for (var t = context.FirstTokenAtOrAfter(span.Start); t < context.Tokens.Length && context.Tokens[t].Span.End <= span.End; t++)
        {
            if (!context.IsPunctuation(t))
            {
                last = t;
            }
        }

        return last;
    }
}
