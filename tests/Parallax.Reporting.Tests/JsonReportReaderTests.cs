using System.Text.Json;

namespace Parallax.Reporting.Tests;

public sealed class JsonReportReaderTests
{
    [Fact]
    public void Reading_a_written_report_gives_back_the_same_report_in_every_format()
    {
        var original = ReportFixture.Create();
        var json = ReportFixture.Render(new JsonReportWriter(), original);
        using var reader = new StringReader(json);
        var read = JsonReportReader.Read(reader);
        foreach (var writer in ReportWriters.All)
        {
            Assert.Equal(ReportFixture.Render(writer, original), ReportFixture.Render(writer, read));
        }
    }

    [Fact]
    public void Read_values_match_the_original_records()
    {
        var original = ReportFixture.Create();
        var read = JsonReportReader.Parse(ReportFixture.Render(new JsonReportWriter(), original));
        var (before, after) = (original.Articles.First(), read.Articles.First());
        Assert.Equal(before.Text, after.Text);
        Assert.Equal(before.Removed.ToArray(), after.Removed.ToArray());
        Assert.Equal(before.Captions.ToArray(), after.Captions.ToArray());
        Assert.Equal(
            (before.Id, before.Path, before.Source, before.SourceEvidence, before.Title, before.Url, before.Published, before.Author),
            (after.Id, after.Path, after.Source, after.SourceEvidence, after.Title, after.Url, after.Published, after.Author));
        Assert.Equal(before.Authors.ToArray(), after.Authors.ToArray());
        Assert.Equal(
            (before.Updated, before.Updated?.Offset, before.Language, before.LeadImageCaption),
            (after.Updated, after.Updated?.Offset, after.Language, after.LeadImageCaption));
        Assert.Equal(original.Problems.ToArray(), read.Problems.ToArray());
        Assert.Equal(original.Grouping.Duplicates.ToArray(), read.Grouping.Duplicates.ToArray());
        Assert.Equal(original.Reports[0].Conflicts[0].Claims[0], read.Reports[0].Conflicts[0].Claims[0]);
        Assert.Equal(original.Reports[0].Quotes[0], read.Reports[0].Quotes[0]);
        Assert.Equal(original.Reports[0].QuoteVariants[0].Variants[1].Differences.ToArray(), read.Reports[0].QuoteVariants[0].Variants[1].Differences.ToArray());
        var (wordingBefore, wordingAfter) = (original.Reports[0].SharedWordings[0], read.Reports[0].SharedWordings[0]);
        Assert.Equal((wordingBefore.Verbatim, wordingBefore.OriginArticleId), (wordingAfter.Verbatim, wordingAfter.OriginArticleId));
        Assert.Equal(wordingBefore.Sentences.Select(s => s.Sentence), wordingAfter.Sentences.Select(s => s.Sentence));
        Assert.Equal(wordingBefore.Sentences[1].Differences.ToArray(), wordingAfter.Sentences[1].Differences.ToArray());
    }

    [Fact]
    public void A_report_written_before_shared_wordings_were_found_reads_none()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(ReportFixture.Render(new JsonReportWriter(), ReportFixture.Create()))!;
        node["stories"]![0]!.AsObject().Remove("sharedWordings");

        var read = JsonReportReader.Parse(node.ToJsonString());

        Assert.Empty(read.Reports[0].SharedWordings);
    }

    [Fact]
    public void A_report_without_the_newer_article_fields_reads_them_as_unknown()
    {
        var json = ReportFixture.Render(new JsonReportWriter(), ReportFixture.Create());
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        foreach (var article in node["articles"]!.AsArray())
        {
            var fields = article!.AsObject();
            fields.Remove("authors");
            fields.Remove("updated");
            fields.Remove("language");
            fields.Remove("leadImageCaption");
        }

        var read = JsonReportReader.Parse(node.ToJsonString()).Articles.First();

        Assert.Equal("Jane Roe, Sam Poe", read.Author);
        Assert.Empty(read.Authors);
        Assert.Null(read.Updated);
        Assert.Null(read.Language);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"format\": 3}")]
    [InlineData("{\"format\": \"parallax-report\"}")]
    [InlineData("{\"format\": \"parallax-report\", \"articles\": [{\"id\": 1}]}")]
    public void Malformed_input_throws_json_exception(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonReportReader.Parse(json));
}
