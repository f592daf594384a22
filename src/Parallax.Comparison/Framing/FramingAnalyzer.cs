using System.Collections.Immutable;
using Parallax.Comparison.Quotes;
using Parallax.Comparison.Text;
using Parallax.Comparison.Voices;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;
using Parallax.Core.Text;

namespace Parallax.Comparison.Framing;

/// <summary>
/// Fills <see cref="StoryReport.Framing"/>: per outlet, the verbs it attributes statements with (marked when they
/// judge, "claimed" against "said"), and the evaluative or loaded words it uses in its own voice apart from those it
/// only quotes. A word inside quotation marks (a direct or partial quote) is the speaker's; everything else, reported
/// speech included, is the outlet's own wording. Rows are sorted by outlet, use, count (most first) and word; each
/// cites up to <see cref="MaxSentences"/> sentences. Same-outlet copies of an article are not counted again.
/// </summary>
public sealed class FramingAnalyzer : IStoryAnalyzer
{
    /// <summary>Sentences cited per row.</summary>
    public const int MaxSentences = 3;

    /// <inheritdoc />
    public string Name => "framing";

    /// <inheritdoc />
    public AnnotationLayers Requires => AnnotationLayers.Sentences | AnnotationLayers.Tokens | AnnotationLayers.Attributions;

    /// <inheritdoc />
    public StoryReport Analyze(StoryContext context, StoryReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var copies = SameOutletCopies.Of(context);
        var rows = new Dictionary<(string Source, string Word, FramingUse Use), (int Count, List<SourceSentence> Sentences)>();
        foreach (var document in context.Documents)
        {
            if (!copies.Contains(document.Article.Id))
            {
                Collect(document, rows);
            }
        }

        var framing = rows
            .Select(r => new FramingWord(r.Key.Source, r.Key.Word, r.Key.Use, r.Value.Count, [.. r.Value.Sentences]))
            .ToList();
        framing.Sort(static (a, b) =>
        {
            var c = NameOrder.Compare(a.Source, b.Source);
            c = c != 0 ? c : a.Use.CompareTo(b.Use);
            c = c != 0 ? c : b.Count.CompareTo(a.Count);
            return c != 0 ? c : string.CompareOrdinal(a.Word, b.Word);
        });
        return report with { Framing = [.. framing] };
    }

    private static void Collect(Document document, Dictionary<(string, string, FramingUse), (int Count, List<SourceSentence> Sentences)> rows)
    {
        var source = document.Article.Source;
        var cues = new List<TextSpan>();
        var quoted = new List<TextSpan>();
        foreach (var attribution in document.Attributions)
        {
            if (attribution.Kind is AttributionKind.Direct or AttributionKind.Partial)
            {
                quoted.Add(attribution.Content);
            }

            if (attribution.Cue is { } cue && !cues.Contains(cue) && AttributionVerbs.VerbOf(document.Slice(cue)) is { } verb)
            {
                cues.Add(cue);
                var use = AttributionVerbs.IsEvaluative(verb) ? FramingUse.EvaluativeAttributionVerb : FramingUse.AttributionVerb;
                Add(rows, (source, verb, use), Cite(document, cue.Start));
            }
        }

        foreach (var token in document.Tokens)
        {
            var lower = token.Norm.ToLowerInvariant();
            if (!LoadedTerms.Contains(lower) || cues.Any(c => c.Overlaps(token.Span)))
            {
                continue;
            }

            var use = quoted.Any(q => q.Overlaps(token.Span)) ? FramingUse.LoadedInQuote : FramingUse.LoadedOwnVoice;
            Add(rows, (source, lower, use), Cite(document, token.Span.Start));
        }
    }

    private static void Add(
        Dictionary<(string, string, FramingUse), (int Count, List<SourceSentence> Sentences)> rows,
        (string, string, FramingUse) key,
        SourceSentence? sentence)
    {
        if (!rows.TryGetValue(key, out var row))
        {
            row = (0, []);
        }

        if (sentence is not null && row.Sentences.Count < MaxSentences && !row.Sentences.Any(s => s.Span == sentence.Span && s.ArticleId == sentence.ArticleId))
        {
            row.Sentences.Add(sentence);
        }

        rows[key] = (row.Count + 1, row.Sentences);
    }

    private static SourceSentence? Cite(Document document, int position)
    {
        var index = document.SentenceAt(position);
        if (index < 0)
        {
            return null;
        }

        var sentence = document.Sentences[index];
        return new SourceSentence(document.Article.Id, document.Article.Source, sentence.Paragraph, sentence.Span, document.Slice(sentence.Span));
    }
}
