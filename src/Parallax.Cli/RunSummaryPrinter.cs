using Parallax.Core.Reports;
using Parallax.Storage;

namespace Parallax.Cli;

/// <summary>The short terminal summary printed after <c>analyze</c>.</summary>
internal sealed class RunSummaryPrinter(TextWriter output)
{
    private const int StoriesShown = 10;

    public void Print(AnalysisResult analysis, StoreBatchResult batch, int articlesRead, string? reportPath)
    {
        if (reportPath is null)
        {
            return;
        }

        var grouping = analysis.Grouping;
        output.WriteLine(
            $"Read {articlesRead} article(s): {batch.Added.Length} new, {batch.AlreadyStored.Length} already stored; "
            + $"{analysis.Problems.Length} input problem(s).");
        output.WriteLine(
            $"{analysis.Documents.Length} article(s) in the store form {grouping.Stories.Length} story(ies) "
            + $"in {grouping.Storylines.Length} storyline(s); {grouping.Duplicates.Length} near-duplicate copy(ies).");
        var sourcesById = analysis.Documents.ToDictionary(d => d.Article.Id, d => d.Article.Source, StringComparer.Ordinal);
        foreach (var report in analysis.Reports.OrderByDescending(r => r.Story.ArticleIds.Length).Take(StoriesShown))
        {
            var outlets = report.Story.ArticleIds.Select(id => sourcesById[id]).Distinct(StringComparer.Ordinal);
            output.WriteLine(
                $"  - {report.Story.Title} ({report.Story.ArticleIds.Length} article(s): {string.Join(", ", outlets)}; "
                + $"{report.Facts.Count(f => !f.IsSingleSource)} shared fact(s), {report.Conflicts.Length} conflict(s), "
                + $"{report.QuoteVariants.Length} quote variant(s), {report.SharedWordings.Length} sentence(s) shared word for word)");
        }

        if (analysis.Reports.Length > StoriesShown)
        {
            output.WriteLine($"  … and {analysis.Reports.Length - StoriesShown} more.");
        }

        output.WriteLine($"Report: {reportPath}");
    }
}
