using System.Collections.Immutable;
using Parallax.Core.Articles;
using Parallax.Core.Reports;
using Parallax.Core.Stories;

namespace Parallax.Reporting.Model;

/// <summary>
/// Lookups every writer needs over one <see cref="AnalysisResult"/>: articles by id, stories with their reports,
/// storylines, copies. Built once per write and only read afterwards; all orders follow the result's own orders.
/// </summary>
internal sealed class ReportIndex
{
    private readonly Dictionary<string, Article> articlesById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DuplicateLink> copies = new(StringComparer.Ordinal);

    public ReportIndex(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Result = result;
        var articles = ImmutableArray.CreateBuilder<Article>();
        foreach (var document in result.Documents)
        {
            if (articlesById.TryAdd(document.Article.Id, document.Article))
            {
                articles.Add(document.Article);
            }
        }

        Articles = articles.ToImmutable();
        foreach (var link in result.Grouping.Duplicates)
        {
            copies.TryAdd(link.ArticleId, link);
        }

        Stories = BuildStories(result);
        Storylines = BuildStorylines(result.Grouping, Stories);
        Sources = [.. Articles.Select(a => a.Source).Distinct(StringComparer.Ordinal)];
        var inStory = new HashSet<string>(Stories.SelectMany(s => s.Articles).Select(a => a.Id), StringComparer.Ordinal);
        Unassigned = [.. Articles.Where(a => !inStory.Contains(a.Id))];
    }

    public AnalysisResult Result { get; }

    /// <summary>Distinct articles, in document order.</summary>
    public ImmutableArray<Article> Articles { get; }

    /// <summary>Stories in grouping order, then any report whose story the grouping does not list.</summary>
    public ImmutableArray<StoryEntry> Stories { get; }

    /// <summary>Storylines in grouping order; stories in no known storyline come last, in a group with a null id.</summary>
    public ImmutableArray<StorylineEntry> Storylines { get; }

    /// <summary>Every outlet, in order of first appearance.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>Articles that belong to no story.</summary>
    public ImmutableArray<Article> Unassigned { get; }

    public Article? FindArticle(string articleId) => articlesById.GetValueOrDefault(articleId);

    /// <summary>The link saying which article <paramref name="articleId"/> is a copy of, or null.</summary>
    public DuplicateLink? CopyOf(string articleId) => copies.GetValueOrDefault(articleId);

    /// <summary>The outlet of an article, or the id itself when the article is unknown.</summary>
    public string SourceOf(string articleId) => FindArticle(articleId)?.Source ?? articleId;

    /// <summary>
    /// The index of the paragraph of <paramref name="articleId"/> that holds <paramref name="text"/> verbatim, or -1.
    /// Used to cite outlets that carry a sentence when only one location was recorded.
    /// </summary>
    public int FindParagraph(string articleId, string text)
    {
        var article = FindArticle(articleId);
        if (article is null || string.IsNullOrEmpty(text))
        {
            return -1;
        }

        var position = article.Text.IndexOf(text, StringComparison.Ordinal);
        return position < 0 ? -1 : article.ParagraphAt(position);
    }

    /// <summary>
    /// The paragraph of <paramref name="articleId"/> that carries a summary line: its origin's paragraph for the
    /// article it was taken from; for another article, where the line stands verbatim, else where that article's own
    /// wording of the same fact stands (a paraphrase is why the article is cited); -1 when neither is known.
    /// </summary>
    public int ParagraphCarrying(StoryReport report, SummarySentence line, string articleId)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(line);
        if (articleId == line.Origin.ArticleId)
        {
            return line.Origin.Paragraph;
        }

        var verbatim = FindParagraph(articleId, line.Text);
        if (verbatim >= 0)
        {
            return verbatim;
        }

        foreach (var fact in report.Facts)
        {
            if (!fact.Statements.Any(s => s.ArticleId == line.Origin.ArticleId && s.Span == line.Origin.Span))
            {
                continue;
            }

            foreach (var statement in fact.Statements)
            {
                if (statement.ArticleId == articleId)
                {
                    return statement.Paragraph;
                }
            }
        }

        return -1;
    }

    private ImmutableArray<StoryEntry> BuildStories(AnalysisResult result)
    {
        var reports = new Dictionary<string, StoryReport>(StringComparer.Ordinal);
        foreach (var report in result.Reports)
        {
            reports.TryAdd(report.Story.Id, report);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entries = ImmutableArray.CreateBuilder<StoryEntry>();
        foreach (var story in result.Grouping.Stories)
        {
            if (seen.Add(story.Id))
            {
                entries.Add(Entry(story, reports.GetValueOrDefault(story.Id) ?? new StoryReport(story)));
            }
        }

        foreach (var report in result.Reports)
        {
            if (seen.Add(report.Story.Id))
            {
                entries.Add(Entry(report.Story, report));
            }
        }

        return entries.ToImmutable();
    }

    private StoryEntry Entry(Story story, StoryReport report)
    {
        var members = ImmutableArray.CreateBuilder<Article>();
        foreach (var id in story.ArticleIds)
        {
            if (articlesById.TryGetValue(id, out var article))
            {
                members.Add(article);
            }
        }

        var sources = members.Select(a => a.Source).Distinct(StringComparer.Ordinal).ToImmutableArray();
        return new StoryEntry(story, report, members.ToImmutable(), sources);
    }

    private static ImmutableArray<StorylineEntry> BuildStorylines(StoryGrouping grouping, ImmutableArray<StoryEntry> stories)
    {
        var byId = new Dictionary<string, StoryEntry>(StringComparer.Ordinal);
        foreach (var entry in stories)
        {
            byId.TryAdd(entry.Story.Id, entry);
        }

        var placed = new HashSet<string>(StringComparer.Ordinal);
        var lines = ImmutableArray.CreateBuilder<StorylineEntry>();
        foreach (var line in grouping.Storylines)
        {
            var members = ImmutableArray.CreateBuilder<StoryEntry>();
            foreach (var storyId in line.StoryIds)
            {
                if (byId.TryGetValue(storyId, out var entry) && placed.Add(storyId))
                {
                    members.Add(entry);
                }
            }

            if (members.Count > 0)
            {
                lines.Add(new StorylineEntry(line.Id, line.Title, members.ToImmutable()));
            }
        }

        var rest = stories.Where(s => !placed.Contains(s.Story.Id)).ToImmutableArray();
        if (!rest.IsEmpty)
        {
            lines.Add(new StorylineEntry(null, "Other stories", rest));
        }

        return lines.ToImmutable();
    }
}
