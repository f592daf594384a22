using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Reports;

namespace Parallax.Reporting.Model;

/// <summary>
/// Which outlets of a story carry a quote: those that print the same words (case, spacing and end punctuation aside)
/// and those that print a variant of the same statement (a <see cref="QuoteVariantGroup"/> it belongs to). A quote
/// only one outlet carries is marked so in the report. Paraphrases have no reach: they are each outlet's own words.
/// </summary>
internal static class QuoteReach
{
    /// <summary>The outlets carrying <paramref name="quote"/>, its own first; empty for a paraphrase.</summary>
    public static ImmutableArray<string> OutletsOf(StoryReport report, QuoteRecord quote)
    {
        if (quote.Kind == AttributionKind.Indirect)
        {
            return [];
        }

        var key = Normalise(quote.Text);
        var outlets = new List<string> { quote.Source };
        foreach (var other in report.Quotes)
        {
            if (other.Kind != AttributionKind.Indirect && Normalise(other.Text) == key)
            {
                outlets.Add(other.Source);
            }
        }

        foreach (var group in report.QuoteVariants)
        {
            if (group.Variants.Any(v => v.ArticleId == quote.ArticleId && Normalise(v.Text) == key))
            {
                outlets.AddRange(group.Variants.Select(static v => v.Source));
            }
        }

        return [.. outlets.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>How the report says who carries the quote: "only this outlet", "2 outlets", or empty for a paraphrase.</summary>
    public static string Describe(StoryEntry entry, QuoteRecord quote)
    {
        var outlets = OutletsOf(entry.Report, quote);
        return outlets.IsEmpty ? ""
            : outlets.Length == 1 ? (entry.Sources.Length > 1 ? "only this outlet" : "")
            : $"{outlets.Length} outlets";
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(',', '.', ';', ':', '—', '-', ' ').ToLowerInvariant();
}
