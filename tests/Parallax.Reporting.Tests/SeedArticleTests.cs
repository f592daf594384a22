using System.Collections.Immutable;
using System.Text.Json;
using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Core.Reports;
using Parallax.Core.Stories;

namespace Parallax.Reporting.Tests;

/// <summary>The seed articles, read naively (first line the title, every other non-blank line a paragraph), survive every writer intact.</summary>
public sealed class SeedArticleTests
{
    private static AnalysisResult SeedResult()
    {
        var documents = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var lines = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
                var body = lines.Skip(1).ToImmutableArray();
                return new Document(new Article
                {
                    Id = ArticleIdentity.Compute(body),
                    Path = path,
                    Source = Path.GetFileNameWithoutExtension(path),
                    Title = lines[0],
                    Body = body,
                });
            })
            .ToImmutableArray();
        var story = new Story("seed", "Seed story", "seed-line", [.. documents.Select(d => d.Article.Id)]);
        return new AnalysisResult(documents, new StoryGrouping([story], [], []), [new StoryReport(story)], []);
    }

    [Fact]
    public void Html_keeps_every_paragraph_under_its_anchor()
    {
        var result = SeedResult();
        Assert.Equal(5, result.Documents.Length);
        var html = ReportFixture.Render(new HtmlReportWriter(), result);
        foreach (var article in result.Articles)
        {
            for (var i = 0; i < article.Body.Length; i++)
            {
                Assert.Equal(article.Body[i], HtmlTestHelper.ElementText(html, $"a-{article.Id}-p{i}"));
            }
        }
    }

    [Fact]
    public void Json_round_trips_every_body()
    {
        var result = SeedResult();
        using var json = JsonDocument.Parse(ReportFixture.Render(new JsonReportWriter(), result));
        var articles = json.RootElement.GetProperty("articles");
        var i = 0;
        foreach (var article in result.Articles)
        {
            Assert.Equal(article.Body, articles[i++].GetProperty("body").EnumerateArray().Select(e => e.GetString()));
        }
    }
}
