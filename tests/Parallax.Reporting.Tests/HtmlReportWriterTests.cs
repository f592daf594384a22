using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;
using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Core.Reports;
using Parallax.Core.Stories;

namespace Parallax.Reporting.Tests;

public sealed partial class HtmlReportWriterTests
{
    private static readonly string Html = ReportFixture.Render(new HtmlReportWriter(), ReportFixture.Create());

    [GeneratedRegex("""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("href=\"#([^\"]*)\"")]
    private static partial Regex FragmentLink();

    [GeneratedRegex("\\sid=\"([^\"]*)\"")]
    private static partial Regex IdAttribute();

    [Fact]
    public void The_timeline_shows_its_dates_in_words_and_keeps_the_value() =>
        Assert.Contains("<time title=\"2025-09-12\">12 September 2025</time>", Html, StringComparison.Ordinal);

    [Fact]
    public void Article_cards_show_authors_update_time_and_language()
    {
        Assert.Contains("By Jane Roe, Sam Poe · 2025-09-12 10:30 UTC+00:00 · updated 2025-09-13 07:00 UTC+02:00 · language en", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_is_self_contained()
    {
        Assert.StartsWith("<!DOCTYPE html>", Html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalReference(), Html);
        Assert.DoesNotContain("<link", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<style>", Html, StringComparison.Ordinal);
        Assert.Contains("prefers-color-scheme:dark", Html, StringComparison.Ordinal);
        Assert.Contains("@media print", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Untrusted_text_is_encoded()
    {
        Assert.DoesNotContain("<script>alert", Html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(ReportFixture.HostileTitle), Html, StringComparison.Ordinal);
        // The page's own print helper is the only script element.
        Assert.Single(Regex.Matches(Html, "<script", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void Every_fragment_link_resolves_to_an_id_on_the_page()
    {
        var ids = IdAttribute().Matches(Html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var links = FragmentLink().Matches(Html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Contains(link, ids));
    }

    [Fact]
    public void Every_body_paragraph_has_its_citation_anchor_and_citations_point_at_the_cited_paragraph()
    {
        foreach (var article in new[] { ReportFixture.ArticleA, ReportFixture.ArticleB, ReportFixture.ArticleC })
        {
            for (var i = 0; i < article.Body.Length; i++)
            {
                Assert.Equal(article.Body[i], HtmlTestHelper.ElementText(Html, $"a-{article.Id}-p{i}"));
            }
        }

        var claim = ReportFixture.Create().Reports[0].Conflicts[0].Claims[1];
        Assert.Contains($"href=\"#a-{claim.ArticleId}-p{claim.Sentence.Paragraph}\"", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Shared_wording_marks_each_copy_s_edits()
    {
        foreach (var copy in ReportFixture.Create().Reports[0].SharedWordings[0].Sentences)
        {
            Assert.Contains($"<mark>{copy.Differences[0].Slice(copy.Sentence.Text)}</mark>", Html, StringComparison.Ordinal);
        }

        Assert.Contains("Lightly edited in 2 outlets, first published by Alpha Daily</h4>", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_differences_and_conflicting_values_are_marked()
    {
        var report = ReportFixture.Create().Reports[0];
        foreach (var variant in report.QuoteVariants[0].Variants)
        {
            foreach (var difference in variant.Differences)
            {
                Assert.Contains($"<mark>{difference.Slice(variant.Text)}</mark>", Html, StringComparison.Ordinal);
            }
        }

        foreach (var claim in report.Conflicts[0].Claims)
        {
            Assert.Contains($"<mark>{claim.Value}</mark>", Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Paraphrases_are_never_put_in_quotation_marks()
    {
        var paraphrase = ReportFixture.Create().Reports[0].Paraphrases[0].Text;
        Assert.Contains(paraphrase, Html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u201c" + paraphrase, Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Copies_removed_blocks_captions_and_problems_are_shown()
    {
        var result = ReportFixture.Create();
        Assert.Contains("copy of <a href=\"#a-" + ReportFixture.ArticleA.Id + "\">", Html, StringComparison.Ordinal);
        Assert.Contains("Removed boilerplate (audit)", Html, StringComparison.Ordinal);
        foreach (var block in ReportFixture.ArticleA.Removed)
        {
            Assert.Contains(WebUtility.HtmlEncode(block.Text), Html, StringComparison.Ordinal);
        }

        Assert.Contains(WebUtility.HtmlEncode(ReportFixture.ArticleA.Captions[0]), Html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(result.Problems[0].Reason), Html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(result.Problems[0].Path), Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_and_story_list_are_present()
    {
        foreach (var heading in new[] { "Summary", "Timeline", "Facts", "Conflicts", "Quote variants", "Voices", "Words each outlet leans on", "Coverage", "Entities", "Articles", "Input problems" })
        {
            Assert.Contains($">{heading}</h", Html, StringComparison.Ordinal);
        }

        Assert.Contains("Reported by several outlets", Html, StringComparison.Ordinal);
        Assert.Contains("Reported by one outlet only", Html, StringComparison.Ordinal);
        Assert.Contains("href=\"#s-s0001\"", Html, StringComparison.Ordinal);
        Assert.Contains(">Peace talks</h3>", Html, StringComparison.Ordinal);
        Assert.Contains("✓", Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("section")]
    [InlineData("div")]
    [InlineData("table")]
    [InlineData("details")]
    [InlineData("ul")]
    [InlineData("ol")]
    [InlineData("p")]
    [InlineData("a")]
    [InlineData("mark")]
    public void Elements_are_balanced(string element)
    {
        var opened = Regex.Count(Html, $"<{element}[\\s>]");
        var closed = Regex.Count(Html, $"</{element}>");
        Assert.True(opened > 0, $"no <{element}> at all");
        Assert.Equal(opened, closed);
    }

    [Fact]
    public void Empty_result_renders_a_page()
    {
        var empty = new AnalysisResult([], StoryGrouping.Empty, [], []);
        var html = ReportFixture.Render(new HtmlReportWriter(), empty);
        Assert.Contains("No stories.", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_difference_spans_are_clamped_not_thrown()
    {
        var result = ReportFixture.Create();
        var report = result.Reports[0];
        var variant = report.QuoteVariants[0].Variants[0];
        var broken = variant with { Differences = [new(variant.Text.Length - 2, 50), new(-5, 3)] };
        var html = ReportFixture.Render(
            new HtmlReportWriter(),
            result with { Reports = [report with { QuoteVariants = [new QuoteVariantGroup("x", [broken])] }] });
        Assert.Contains($"<mark>{variant.Text[^2..]}</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_with_unsafe_characters_stay_valid_and_distinct()
    {
        var article = new Article { Id = "x y\"", Path = "p", Source = "S", Body = ["one", "two"] };
        var other = article with { Id = "x_y\"" };
        var story = new Story("st", "T", "l", [article.Id, other.Id]);
        var result = new AnalysisResult(
            [new Document(article), new Document(other)],
            new StoryGrouping([story], [], []),
            [new StoryReport(story) { Quotes = [new QuoteRecord("one", null, AttributionKind.Direct, article.Id, "S", 0, new(0, 3), null)] }],
            []);
        var html = ReportFixture.Render(new HtmlReportWriter(), result);
        var ids = IdAttribute().Matches(html).Select(m => m.Groups[1].Value).ToImmutableArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9_-]+$", id));
        Assert.All(FragmentLink().Matches(html).Select(m => m.Groups[1].Value), link => Assert.Contains(link, ids));
    }

    [Fact]
    public void References_to_unknown_articles_or_paragraphs_never_dangle()
    {
        var result = ReportFixture.Create();
        var report = result.Reports[0];
        var origin = report.Summary[0].Origin;
        var stray = report.Summary[0] with { ArticleIds = ["0000000000000000", origin.ArticleId], Origin = origin with { Paragraph = 99 } };
        var html = ReportFixture.Render(
            new HtmlReportWriter(),
            result with
            {
                Reports = [report with { Summary = [stray] }],
                Grouping = result.Grouping with { Duplicates = [.. result.Grouping.Duplicates, new DuplicateLink(ReportFixture.ArticleB.Id, "ffff000000000000", 0.9)] },
            });
        var ids = IdAttribute().Matches(html).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var links = FragmentLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(Anchors(origin.ArticleId), links);
        Assert.All(links, link => Assert.Contains(link, ids));

        static string Anchors(string articleId) => "a-" + articleId;
    }

    [Fact]
    public void A_term_is_highlighted_as_a_whole_word_not_inside_another_word()
    {
        var result = ReportFixture.Create();
        var report = result.Reports[0];
        var sentence = ReportFixture.Sentence(ReportFixture.ArticleB, 1, ReportFixture.ArticleB.Body[1]);
        var term = new OutletTerm(ReportFixture.Beta, "war", 3, 1, [sentence with { Text = "Toward peace, the war goes on." }]);
        var html = ReportFixture.Render(new HtmlReportWriter(), result with { Reports = [report with { Terms = [term] }] });
        Assert.Contains("Toward peace, the <mark>war</mark> goes on.", html, StringComparison.Ordinal);
    }
}
