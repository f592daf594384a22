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
/// "last month") keep a null value. Vague ones are <c>PAST_REF</c>, <c>PRESENT_REF</c> or <c>FUTURE_REF</c>.</para>
/// <para>Weekdays and year-less dates resolve to the nearest such date before the DCT, or after it when the verb
/// group around the expression is future ("will", "set to", "expected", "next"); weekdays with no cue default to the
/// past (news reports what happened), year-less months to the DCT's year.</para>
/// <para>Documented choices: "earlier this year" is the year itself (<c>2025</c>, no mod: "earlier" only says
/// "before the DCT", which the year granularity already allows); "its third year" is a DURATION <c>P1Y</c> (the
/// expression denotes a one-year period whose anchor, the start of the war, is not a time expression);
/// "overnight" is the night before the DCT (<c>2025-09-11TNI</c>); "early/mid/late X" keep X's value with mod
/// START/MID/END; spans exclude prepositions ("on Friday" → "Friday"), as TimeML does.</para>
/// The tagger is a single linear scan over its own light tokenisation and needs no other layer. Thread-safe.
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
        return TimexScanner.Scan(text, documentCreationTime);
    }

    /// <summary>The article's publication date as written in its own time zone, or null when unknown.</summary>
    public static DateOnly? CreationDate(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null;
    }
}
