using System.Collections.Immutable;
using System.Globalization;
using Parallax.Core.Articles;
using Parallax.Core.Reports;
using Parallax.Reporting.Markdown;
using Parallax.Reporting.Model;

namespace Parallax.Reporting;

/// <summary>
/// The report as Markdown, readable in a terminal or a repository: the same sections as the HTML page, tables
/// where they fit, citations written as "Outlet ¶n" (1-based paragraph numbers, as printed in the Articles section).
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public string Format => "md";

    public string FileExtension => ".md";

    public void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var index = new ReportIndex(result);
        var grouping = result.Grouping;
        writer.Write("# Parallax report\n\n");
        string[] counts =
        [
            Numbers.Count(index.Stories.Length, "story", "stories"),
            Numbers.Count(index.Articles.Length, "article", "articles"),
            Numbers.Count(index.Sources.Length, "outlet", "outlets"),
            Numbers.Count(grouping.Storylines.Length, "storyline", "storylines"),
            Numbers.Count(grouping.Duplicates.Length, "near-duplicate", "near-duplicates"),
            Numbers.Count(result.Problems.Length, "input problem", "input problems"),
        ];
        writer.Write($"{string.Join(" · ", counts)}\n\n");
        StoryList(writer, index);
        foreach (var entry in index.Stories)
        {
            new MarkdownStoryRenderer(writer, index).Render(entry);
        }

        Articles(writer, index);
        Problems(writer, result.Problems);
    }

    private static void StoryList(TextWriter writer, ReportIndex index)
    {
        writer.Write("## Stories\n\n");
        if (index.Storylines.IsEmpty)
        {
            writer.Write("_No stories._\n\n");
        }

        foreach (var line in index.Storylines)
        {
            writer.Write($"### {MarkdownText.Escape(line.Title)}\n\n");
            var number = 1;
            foreach (var entry in line.Stories)
            {
                writer.Write(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{number++}. {MarkdownText.Escape(entry.Story.Title)} — {Numbers.Count(entry.Articles.Length, "article", "articles")}: {MarkdownText.Escape(string.Join(", ", entry.Sources))}\n"));
            }

            writer.Write('\n');
        }
    }

    private static void Articles(TextWriter writer, ReportIndex index)
    {
        writer.Write("## Articles\n\n");
        var rendered = new HashSet<string>(StringComparer.Ordinal);
        var ordered = index.Stories.SelectMany(s => s.Articles.OrderBy(a => a.Source, StringComparer.Ordinal)).Concat(index.Unassigned);
        foreach (var article in ordered)
        {
            if (rendered.Add(article.Id))
            {
                Article(writer, article, index);
            }
        }
    }

    private static void Article(TextWriter writer, Article article, ReportIndex index)
    {
        writer.Write($"### {MarkdownText.Escape(article.Source)} — {MarkdownText.Escape(article.Title ?? "(untitled)")}\n\n");
        var meta = new List<string> { "id " + article.Id };
        if (!string.IsNullOrWhiteSpace(article.Author))
        {
            meta.Add("by " + article.Author);
        }

        if (article.Published is { } published)
        {
            meta.Add(published.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture));
        }

        if (article.Updated is { } updated)
        {
            meta.Add("updated " + updated.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(article.Language))
        {
            meta.Add("language " + article.Language);
        }

        if (!string.IsNullOrWhiteSpace(article.Url))
        {
            meta.Add(article.Url);
        }

        meta.Add(article.Path);
        writer.Write($"{MarkdownText.Escape(string.Join(" · ", meta))}\n\n");
        if (index.CopyOf(article.Id) is { } link)
        {
            var original = index.FindArticle(link.OriginalId);
            var name = original is null ? link.OriginalId : $"{original.Source} — {original.Title ?? "(untitled)"}";
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"> Near-duplicate: copy of {MarkdownText.Escape(name)} ({Numbers.Percent(link.Similarity)} similar)\n\n"));
        }

        for (var i = 0; i < article.Body.Length; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"**¶{i + 1}** {MarkdownText.Escape(article.Body[i])}\n\n"));
        }

        if (!article.Captions.IsEmpty)
        {
            writer.Write("Captions:\n\n");
            foreach (var caption in article.Captions)
            {
                writer.Write($"- {MarkdownText.Escape(caption)}\n");
            }

            writer.Write('\n');
        }

        writer.Write($"Removed boilerplate (audit): {Numbers.Count(article.Removed.Length, "block", "blocks")}\n\n");
        foreach (var block in article.Removed)
        {
            writer.Write($"- ({EnumNames.Words(block.Reason)}) {MarkdownText.Escape(block.Text)}\n");
        }

        if (!article.Removed.IsEmpty)
        {
            writer.Write('\n');
        }
    }

    private static void Problems(TextWriter writer, ImmutableArray<InputProblem> problems)
    {
        writer.Write("## Input problems\n\n");
        if (problems.IsEmpty)
        {
            writer.Write("_Every input was read._\n");
            return;
        }

        writer.Write("| Input | Problem |\n|---|---|\n");
        foreach (var problem in problems)
        {
            writer.Write($"| {MarkdownText.Escape(problem.Path)} | {MarkdownText.Escape(problem.Reason)} |\n");
        }
    }
}
