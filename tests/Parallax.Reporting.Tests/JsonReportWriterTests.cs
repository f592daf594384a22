using System.Collections.Immutable;
using System.Text.Json;
using Parallax.Core.Reports;

namespace Parallax.Reporting.Tests;

public sealed class JsonReportWriterTests
{
    private static JsonDocument Parse(AnalysisResult result) =>
        JsonDocument.Parse(ReportFixture.Render(new JsonReportWriter(), result));

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public void Top_level_holds_every_collection_with_the_results_counts()
    {
        var result = ReportFixture.Create();
        using var json = Parse(result);
        var root = json.RootElement;
        Assert.Equal(result.Documents.Length, root.GetProperty("articles").GetArrayLength());
        Assert.Equal(result.Grouping.Stories.Length, root.GetProperty("stories").GetArrayLength());
        Assert.Equal(result.Grouping.Storylines.Length, root.GetProperty("storylines").GetArrayLength());
        Assert.Equal(result.Grouping.Duplicates.Length, root.GetProperty("duplicates").GetArrayLength());
        var problem = Assert.Single(root.GetProperty("problems").EnumerateArray());
        Assert.Equal(result.Problems[0].Path, problem.GetProperty("path").GetString());
        Assert.Equal(result.Problems[0].Reason, problem.GetProperty("reason").GetString());
        Assert.Equal(3, root.GetProperty("counts").GetProperty("sources").GetInt32());
    }

    [Fact]
    public void Articles_carry_metadata_body_removed_blocks_and_captions()
    {
        using var json = Parse(ReportFixture.Create());
        var article = ReportFixture.ArticleA;
        var element = json.RootElement.GetProperty("articles")[0];
        Assert.Equal(article.Id, element.GetProperty("id").GetString());
        Assert.Equal(article.Path, element.GetProperty("path").GetString());
        Assert.Equal(article.Source, element.GetProperty("source").GetString());
        Assert.Equal(article.Title, element.GetProperty("title").GetString());
        Assert.Equal(article.Url, element.GetProperty("url").GetString());
        Assert.Equal(article.Published, element.GetProperty("published").GetDateTimeOffset());
        Assert.Equal(article.Author, element.GetProperty("author").GetString());
        Assert.Equal(article.Body, Strings(element.GetProperty("body")));
        Assert.Equal(article.Captions, Strings(element.GetProperty("captions")));
        var removed = element.GetProperty("removed").EnumerateArray().ToArray();
        Assert.Equal(article.Removed.Length, removed.Length);
        Assert.Equal(article.Removed[0].Text, removed[0].GetProperty("text").GetString());
        Assert.Equal("advertisement", removed[0].GetProperty("reason").GetString());
        Assert.Equal("donation", removed[1].GetProperty("reason").GetString());
    }

    [Fact]
    public void Missing_metadata_is_null_and_copies_name_their_original()
    {
        using var json = Parse(ReportFixture.Create());
        var articles = json.RootElement.GetProperty("articles");
        var beta = articles[1];
        Assert.Equal(JsonValueKind.Null, beta.GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, beta.GetProperty("author").ValueKind);
        Assert.Equal(JsonValueKind.Null, beta.GetProperty("duplicateOf").ValueKind);
        Assert.Equal(ReportFixture.ArticleA.Id, articles[2].GetProperty("duplicateOf").GetString());
        var link = json.RootElement.GetProperty("duplicates")[0];
        Assert.Equal(ReportFixture.ArticleC.Id, link.GetProperty("articleId").GetString());
        Assert.Equal(0.97, link.GetProperty("similarity").GetDouble());
    }

    [Fact]
    public void Story_sections_have_the_documented_fields_and_values()
    {
        var result = ReportFixture.Create();
        var report = result.Reports[0];
        using var json = Parse(result);
        var story = json.RootElement.GetProperty("stories")[0];
        Assert.Equal(report.Story.Id, story.GetProperty("id").GetString());
        Assert.Equal(report.Story.Title, story.GetProperty("title").GetString());
        Assert.Equal(report.Story.StorylineId, story.GetProperty("storylineId").GetString());
        Assert.Equal(report.Story.ArticleIds, Strings(story.GetProperty("articleIds")));

        var entity = story.GetProperty("entities")[0];
        Assert.Equal(report.Entities[0].Name, entity.GetProperty("name").GetString());
        Assert.Equal("person", entity.GetProperty("kind").GetString());
        Assert.Equal(report.Entities[0].Aliases, Strings(entity.GetProperty("aliases")));
        Assert.Equal(report.Entities[0].Roles, Strings(entity.GetProperty("roles")));
        Assert.Equal(report.Entities[0].Sources, Strings(entity.GetProperty("sources")));
        Assert.Equal(report.Entities[0].Mentions, entity.GetProperty("mentions").GetInt32());

        var quote = story.GetProperty("quotes")[0];
        Assert.Equal(report.Quotes[0].Text, quote.GetProperty("text").GetString());
        Assert.Equal(report.Quotes[0].Speaker, quote.GetProperty("speaker").GetString());
        Assert.Equal("direct", quote.GetProperty("kind").GetString());
        Assert.Equal(report.Quotes[0].ArticleId, quote.GetProperty("articleId").GetString());
        Assert.Equal(report.Quotes[0].Source, quote.GetProperty("source").GetString());
        Assert.Equal(report.Quotes[0].Paragraph, quote.GetProperty("paragraph").GetInt32());
        Assert.Equal("indirect", story.GetProperty("paraphrases")[0].GetProperty("kind").GetString());

        var fact = story.GetProperty("facts")[0];
        Assert.Equal(report.Facts[0].Text, fact.GetProperty("text").GetString());
        Assert.Equal(report.Facts[0].Sources, Strings(fact.GetProperty("sources")));
        Assert.Equal(report.Facts[0].ArticleIds, Strings(fact.GetProperty("articleIds")));
        Assert.Equal(report.Facts[0].Statements.Length, fact.GetProperty("statements").GetArrayLength());
        Assert.False(fact.GetProperty("singleSource").GetBoolean());
        Assert.True(story.GetProperty("facts")[1].GetProperty("singleSource").GetBoolean());

        var claim = story.GetProperty("conflicts")[0].GetProperty("claims")[1];
        var expected = report.Conflicts[0].Claims[1];
        Assert.Equal(report.Conflicts[0].About, story.GetProperty("conflicts")[0].GetProperty("about").GetString());
        Assert.Equal(expected.Text, claim.GetProperty("text").GetString());
        Assert.Equal(expected.Value, claim.GetProperty("value").GetString());
        Assert.Equal(expected.Source, claim.GetProperty("source").GetString());
        Assert.Equal(expected.ArticleId, claim.GetProperty("articleId").GetString());
        Assert.Equal(expected.Sentence.Paragraph, claim.GetProperty("paragraph").GetInt32());

        var summary = story.GetProperty("summary")[0];
        Assert.Equal(report.Summary[0].Text, summary.GetProperty("text").GetString());
        Assert.Equal(report.Summary[0].Sources, Strings(summary.GetProperty("sources")));
        Assert.Equal(report.Summary[0].ArticleIds, Strings(summary.GetProperty("articleIds")));

        var timeline = story.GetProperty("timeline")[0];
        Assert.Equal(report.Timeline[0].Date, timeline.GetProperty("date").GetString());
        Assert.Equal(report.Timeline[0].Text, timeline.GetProperty("text").GetString());
        Assert.Equal(report.Timeline[0].Sources, Strings(timeline.GetProperty("sources")));

        Assert.Equal(report.Voices.Length, story.GetProperty("voices").GetArrayLength());
        Assert.Equal(report.Voices[2].Paraphrases, story.GetProperty("voices")[2].GetProperty("paraphrases").GetInt32());
        Assert.Equal(report.Terms[1].Term, story.GetProperty("terms")[1].GetProperty("term").GetString());
        Assert.Equal(report.Terms[1].ZScore, story.GetProperty("terms")[1].GetProperty("zScore").GetDouble());
        Assert.Equal("voice", story.GetProperty("coverage")[1].GetProperty("kind").GetString());
        Assert.Equal("fact", story.GetProperty("coverage")[2].GetProperty("kind").GetString());
        Assert.Equal("evaluative-attribution-verb", story.GetProperty("framing")[0].GetProperty("use").GetString());
        Assert.Equal("claimed", story.GetProperty("framing")[0].GetProperty("word").GetString());
        Assert.Equal(report.Coverage[1].Sources, Strings(story.GetProperty("coverage")[1].GetProperty("sources")));
    }

    [Fact]
    public void Quote_variant_differences_give_span_and_the_words_it_covers()
    {
        var result = ReportFixture.Create();
        using var json = Parse(result);
        var group = json.RootElement.GetProperty("stories")[0].GetProperty("quoteVariants")[0];
        var expected = result.Reports[0].QuoteVariants[0];
        Assert.Equal(expected.Speaker, group.GetProperty("speaker").GetString());
        for (var i = 0; i < expected.Variants.Length; i++)
        {
            var variant = group.GetProperty("variants")[i];
            Assert.Equal(expected.Variants[i].Text, variant.GetProperty("text").GetString());
            Assert.Equal(expected.Variants[i].Source, variant.GetProperty("source").GetString());
            Assert.Equal(expected.Variants[i].ArticleId, variant.GetProperty("articleId").GetString());
            var differences = variant.GetProperty("differences").EnumerateArray().ToArray();
            Assert.Equal(expected.Variants[i].Differences.Length, differences.Length);
            foreach (var difference in differences)
            {
                var start = difference.GetProperty("start").GetInt32();
                var length = difference.GetProperty("length").GetInt32();
                Assert.Equal(expected.Variants[i].Text.Substring(start, length), difference.GetProperty("text").GetString());
            }
        }
    }

    [Fact]
    public void Shared_wordings_give_each_copy_as_a_cited_sentence_with_its_edits()
    {
        var result = ReportFixture.Create();
        using var json = Parse(result);
        var wording = json.RootElement.GetProperty("stories")[0].GetProperty("sharedWordings")[0];
        var expected = result.Reports[0].SharedWordings[0];
        Assert.False(wording.GetProperty("verbatim").GetBoolean());
        Assert.Equal(expected.OriginArticleId, wording.GetProperty("originArticleId").GetString());
        var copy = wording.GetProperty("sentences")[1];
        Assert.Equal(expected.Sentences[1].Sentence.Text, copy.GetProperty("sentence").GetProperty("text").GetString());
        Assert.Equal(expected.Sentences[1].Sentence.Paragraph, copy.GetProperty("sentence").GetProperty("paragraph").GetInt32());
        Assert.Equal("come back", copy.GetProperty("differences")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Enum_values_are_lower_case_strings()
    {
        using var json = Parse(ReportFixture.Create());
        var values = new List<string>();
        Collect(json.RootElement, values);
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Equal(v.ToLowerInvariant(), v));

        static void Collect(JsonElement element, List<string> values)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    // A problem's "reason" is free text; a removed block's "reason" is an enum.
                    var isEnum = property.Name is "kind" or "sourceEvidence"
                        || (property.Name == "reason" && !element.TryGetProperty("path", out _));
                    if (isEnum)
                    {
                        values.Add(property.Value.GetString()!);
                    }

                    Collect(property.Value, values);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, values);
                }
            }
        }
    }

    [Fact]
    public void Same_result_gives_the_same_text_even_written_in_parallel()
    {
        var result = ReportFixture.Create();
        var writer = new JsonReportWriter();
        var outputs = new string[8];
        Parallel.For(0, outputs.Length, i => outputs[i] = ReportFixture.Render(writer, result));
        Assert.All(outputs, o => Assert.Equal(outputs[0], o));
    }

    [Fact]
    public void Non_finite_scores_are_written_as_null_instead_of_failing()
    {
        var result = ReportFixture.Create();
        var report = result.Reports[0];
        var broken = report with { Terms = [report.Terms[0] with { ZScore = double.NaN }] };
        using var json = Parse(result with { Reports = [broken] });
        var term = json.RootElement.GetProperty("stories")[0].GetProperty("terms")[0];
        Assert.Equal(JsonValueKind.Null, term.GetProperty("zScore").ValueKind);
    }

    [Fact]
    public void Empty_result_gives_empty_collections()
    {
        var empty = new AnalysisResult([], Core.Stories.StoryGrouping.Empty, [], ImmutableArray<Core.Articles.InputProblem>.Empty);
        using var json = Parse(empty);
        foreach (var name in new[] { "articles", "stories", "storylines", "duplicates", "problems" })
        {
            Assert.Equal(0, json.RootElement.GetProperty(name).GetArrayLength());
        }
    }
}
