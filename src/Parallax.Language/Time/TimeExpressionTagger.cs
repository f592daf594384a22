using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Core.Pipeline;

namespace Parallax.Language.Time;

/// <summary>
/// Finds time expressions and normalises them to TIMEX3 values (TimeML / TempEval-3 conventions) against the
/// article's publication date, the document creation time (DCT).
/// </summary>
/// <remarks>
/// <para>Without a DCT only absolute expressions resolve ("June 2, 2025", "2014"); month-day and month names without a
/// year get the underspecified values TIMEX3 allows (<c>XXXX-06-02</c>, <c>XXXX-05</c>); deictic ones ("on Friday",
/// "last month", "three years ago") keep a null value. Vague ones are <c>PAST_REF</c> ("recently", "recent weeks"),
/// <c>PRESENT_REF</c> ("now", "currently", "current") or <c>FUTURE_REF</c> ("soon", "in the near future").</para>
/// <para>Underspecified dates are resolved HeidelTime-style by the tense of the verb group nearest the expression in
/// its sentence (cue words: "will", "set to", "expected", "plans to", modals → future; "said", "-ed" past forms →
/// past; a participle after "be"/"is" is not a past). Without a cue word, the nearest finite verb's part-of-speech tag
/// decides (the shipped <see cref="Parallax.Language.PartsOfSpeech.PosModel.Default"/>): a past form or a present
/// perfect looks back, a present modal or "be to" ahead, and a present verb group the expression directly follows
/// ("they meet Monday", "is set for Tuesday") ahead for a weekday. Weekdays go to the nearest such day before the DCT, or after
/// it in a future context (same weekday as the DCT: the DCT itself; "last"/"next" Friday: strictly before/after);
/// a month or day without a year goes to the DCT's year, moved back or forward by the tense, and to the nearest
/// year when no cue is found; "Thursday, Nov. 12" takes the year in which that date is a Monday.</para>
/// <para>Documented choices: "earlier this year" is the year itself (<c>2025</c>, no mod: "earlier" only says
/// "before the DCT", which the year granularity already allows); "its third year" is a DURATION <c>P1Y</c> (a
/// one-year period whose anchor, the start of the war, is not a time expression); decades and centuries are written
/// in years as TimeBank does (<c>P10Y</c>, vague <c>PXY</c>), "the 1990s" is <c>199</c>; "a year earlier" and "three
/// days later" are dates relative to an event, left unresolved; "overnight" is the night before the DCT
/// (<c>2025-09-11TNI</c>); "early/mid/late X" keep X's value with mod START/MID/END, and quantity modifiers give
/// MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS, APPROX (see <see cref="TimexAnnotation.Mod"/>, which the
/// shared <see cref="TimeExpression"/> cannot carry); ages ("a 6-year-old") are not time expressions. Spans follow
/// TimeBank: prepositions are left out ("on Friday" → "Friday"); the article of a period named as a whole is kept
/// ("the past three years", "the third quarter"), not that of a hyphenated modifier ("the three-year war"). "A year
/// earlier/ago" after a quarter, half or month named in the last sentences is that period a year before ("third-quarter
/// profit … a year earlier" → the previous year's Q3), and "a year earlier" after a year or day that year or day a
/// year before; "the quarter" refers back to the quarter last named, "the latest quarter" and "the year-earlier
/// quarter" to the last one named that has ended (the one a report is about); "the following month" counts from the last date named, "the year ended June 14" is a DURATION <c>P1Y</c>.
/// "The next few days" is a DURATION <c>PXD</c>, "the past year" the year before the DCT; a month or day in a
/// past-tense sentence at most two months after the DCT stays in the DCT's year (a date set by the report); see
/// docs/time-eval.md for each convention and the evidence behind it.</para>
/// <para>Names are guarded against with general cues: a bare month right after a capitalised non-calendar word is a
/// name ("Theresa May"), a weekday there only when the pair stands alone on its line or before a copula ("Chinomso
/// Sunday is"), so news style "the council Saturday rejected" stays a date; "May"/"March" need an introducing word; a
/// following capitalised word marks a name ("Sunday Times", "April Jones").</para>
/// <para>The tagger is a single linear scan over its own light tokenisation (no regular expressions) and needs no
/// other layer; tokens that cannot start an expression are skipped at once. Only a sentence holding an expression that
/// needs a direction and has no cue word is part-of-speech tagged, the model loaded once on first use. Immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class TimeExpressionTagger : IDocumentAnnotator
{
    /// <inheritdoc />
    public string Name => "time-expressions";

    /// <inheritdoc />
    public AnnotationLayers Requires => AnnotationLayers.None;

    /// <inheritdoc />
    public AnnotationLayers Produces => AnnotationLayers.TimeExpressions;

    /// <inheritdoc />
    public Document Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = Tag(document.Text, CreationDate(document.Article));
        var expressions = ImmutableArray.CreateBuilder<TimeExpression>(found.Length);
        foreach (var annotation in found)
        {
            expressions.Add(annotation.ToTimeExpression());
        }

        return document with
        {
            TimeExpressions = expressions.MoveToImmutable(),
            Layers = document.Layers | AnnotationLayers.TimeExpressions,
        };
    }

    /// <summary>
    /// Finds and normalises the time expressions of <paramref name="text"/>, in text order, with their TIMEX3 mods.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <param name="documentCreationTime">The date relative expressions resolve against; null when unknown.</param>
    public static ImmutableArray<TimexAnnotation> Tag(string text, DateOnly? documentCreationTime)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Calendar arithmetic reaches a year or so either side of the creation time; a creation time at the very
        // edge of the calendar is not a real one.
        var dct = documentCreationTime is { Year: > 1 and < 9999 } ? documentCreationTime : null;
        return TimexScanner.Scan(text, dct);
    }

    /// <summary>The article's publication date as written in its own time zone, or null when unknown.</summary>
    public static DateOnly? CreationDate(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null;
    }
}
