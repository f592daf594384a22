using Parallax.Core.Articles;

namespace Parallax.Extraction.Tests;

public sealed class JsonInputTests
{
    private const string Prose = "The central bank raised its main interest rate by a quarter point on Thursday, citing stubborn inflation in services.";

    [Fact]
    public void Jsonl_with_a_malformed_line_reports_that_line_and_reads_the_others()
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.jsonl", string.Join('\n',
            $$"""{"title":"Rates Rise Again","text":"{{Prose}}","source":"Finance Wire","published":"2025-09-12T10:00:00Z"}""",
            """{"title": "Broken", "text": "unterminated""",
            "",
            $$"""{"text":"{{Prose}} Markets barely moved.","url":"https://www.example-news.org/rates"}""",
            """{"title":"No body here"}"""));
        var results = new ArticleReader(new ExtractionOptions()).ReadFile(path).ToList();

        Assert.Equal(4, results.Count);
        var first = results[0].Article!;
        Assert.Equal(path + ":1", first.Path);
        Assert.Equal("Finance Wire", first.Source);
        Assert.Equal(SourceEvidence.Declared, first.SourceEvidence);
        Assert.Equal(new DateTimeOffset(2025, 9, 12, 10, 0, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("Rates Rise Again", first.Title);

        Assert.Null(results[1].Article);
        Assert.Equal(path + ":2", results[1].Problem!.Path);
        Assert.Contains("malformed JSON", results[1].Problem!.Reason, StringComparison.Ordinal);

        var fourth = results[2].Article!;
        Assert.Equal(path + ":4", fourth.Path);
        Assert.Equal("example-news.org", fourth.Source);
        Assert.Equal(SourceEvidence.Url, fourth.SourceEvidence);

        Assert.Equal(path + ":5", results[3].Problem!.Path);
        Assert.Contains("\"text\"", results[3].Problem!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_array_records_are_numbered_and_html_records_go_through_the_html_extractor()
    {
        using var folder = new TempFolder();
        var path = folder.Write("batch.json", $$$"""
            [
              {"title":"Rates Rise Again","text":"{{{Prose}}}","author":{"name":"Ola Berg"}},
              {"html":"<html><head><meta property='og:site_name' content='Harbour Times'></head><body><article><p>{{{Prose}}}</p><p>Advertisement</p></article></body></html>"},
              42
            ]
            """);
        var results = new ArticleReader(new ExtractionOptions()).ReadFile(path).ToList();
        Assert.Equal(3, results.Count);
        Assert.Equal(path + ":1", results[0].Article!.Path);
        Assert.Equal("Ola Berg", results[0].Article!.Author);
        Assert.Equal("batch", results[0].Article!.Source);
        Assert.Equal(SourceEvidence.FileName, results[0].Article!.SourceEvidence);

        var fromHtml = results[1].Article!;
        Assert.Equal("Harbour Times", fromHtml.Source);
        Assert.Equal([Prose], fromHtml.Body.ToArray());
        Assert.Contains(fromHtml.Removed, r => r.Reason == RemovalReason.Advertisement);

        Assert.Equal(path + ":3", results[2].Problem!.Path);
    }

    [Fact]
    public void Single_json_object_keeps_the_file_path()
    {
        using var folder = new TempFolder();
        var path = folder.Write("one.json", $$"""{"text":"{{Prose}}","source":"Finance Wire","published":"Fri, 12 Sep 2025 10:00:00 GMT"}""");
        var article = Assert.Single(new ArticleReader(new ExtractionOptions()).ReadFile(path)).Article!;
        Assert.Equal(path, article.Path);
        Assert.Equal(new DateTimeOffset(2025, 9, 12, 10, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void Malformed_json_file_is_one_problem()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.json", "[{\"text\": \"x\"},");
        var result = Assert.Single(new ArticleReader(new ExtractionOptions()).ReadFile(path));
        Assert.Equal(path, result.Problem!.Path);
        Assert.Contains("malformed JSON", result.Problem.Reason, StringComparison.Ordinal);
    }
}
