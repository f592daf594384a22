using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Quotes;

/// <summary>Turns the attributions of a story's documents into <see cref="QuoteRecord"/>s with unified speakers.</summary>
internal static class StoryQuotes
{
    /// <summary>
    /// Every attribution of the story as a record, in document order then by content position; quotes (direct and
    /// partial) and paraphrases (indirect) apart.
    /// </summary>
    /// <param name="context">The story.</param>
    /// <param name="report">The report so far, whose linked entities name the speakers.</param>
    /// <param name="skipArticleIds">Articles to leave out, or null for none.</param>
    public static (ImmutableArray<QuoteRecord> Quotes, ImmutableArray<QuoteRecord> Paraphrases) Collect(
        StoryContext context,
        StoryReport report,
        HashSet<string>? skipArticleIds = null)
    {
        var resolver = SpeakerResolver.For(report.Entities);
        var quotes = ImmutableArray.CreateBuilder<QuoteRecord>();
        var paraphrases = ImmutableArray.CreateBuilder<QuoteRecord>();
        foreach (var document in context.Documents)
        {
            if (skipArticleIds?.Contains(document.Article.Id) == true)
            {
                continue;
            }

            var text = document.Text;
            var attributions = document.Attributions.IsDefault ? [] : document.Attributions;

            // The layer is documented as sorted; a stable sort keeps that order when it holds and restores it when not.
            var ordered = attributions.OrderBy(static a => a.Content);
            foreach (var attribution in ordered)
            {
                if (!Fits(attribution.Content, text.Length))
                {
                    continue;
                }

                var cue = attribution.Cue is { } cueSpan && Fits(cueSpan, text.Length) ? document.Slice(cueSpan) : null;
                var record = new QuoteRecord(
                    document.Slice(attribution.Content),
                    resolver.Resolve(document, attribution),
                    attribution.Kind,
                    document.Article.Id,
                    document.Article.Source,
                    document.Article.ParagraphAt(attribution.Content.Start),
                    attribution.Content,
                    cue);
                (attribution.Kind == AttributionKind.Indirect ? paraphrases : quotes).Add(record);
            }
        }

        return (quotes.ToImmutable(), paraphrases.ToImmutable());
    }

    private static bool Fits(Core.Text.TextSpan span, int length) => span.Start >= 0 && span.End <= length;
}
