using System.Text.RegularExpressions;
using Parallax.Core.Annotations;
using Parallax.Core.Reports;

namespace Parallax.Reporting.Tests;

public sealed class MarkdownReportWriterTests
{
    private static readonly string Markdown = ReportFixture.Render(new MarkdownReportWriter(), ReportFixture.Create());

    [Theory]
    [InlineData("## Stories")]
    [InlineData("### Summary")]
    [InlineData("### Timeline")]
    [InlineData("### Facts")]
    [InlineData("#### Reported by several outlets")]
    [InlineData("#### Reported by one outlet only")]
    [InlineData("### Conflicts")]
    [InlineData("### Quote variants")]
    [InlineData("### Quotes and paraphrases")]
    [InlineData("### Voices")]
    [InlineData("### Words each outlet leans on")]
    [InlineData("### Coverage")]
    [InlineData("### Entities")]
    [InlineData("## Articles")]
    [InlineData("## Input problems")]
    public void Contains_each_section(string heading) =>
        Assert.Matches("\n" + Regex.Escape(heading) + "( \\(\\d+\\))?\n", Markdown);

    [Fact]
    public void The_timeline_shows_its_dates_in_words() =>
        Assert.Contains("\n| 12 September 2025 | ", Markdown, StringComparison.Ordinal);

    [Fact]
    public void A_summary_line_cites_the_paragraph_where_each_outlet_reports_the_fact_in_its_own_words()
    {
        // The first summary line is Alpha's wording; Beta carries the fact in other words in its first paragraph.
        var summary = Markdown[Markdown.IndexOf("### Summary", StringComparison.Ordinal)..];
        var first = summary.Split('\n').First(l => l.StartsWith("1. ", StringComparison.Ordinal));
        Assert.EndsWith("[Alpha Daily ¶1; Beta \\| News ¶1]", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Article_metadata_lists_authors_update_time_and_language() =>
        Assert.Contains("by Jane Roe, Sam Poe · 2025-09-12 10:30 UTC+00:00 · updated 2025-09-13 07:00 UTC+02:00 · language en", Markdown, StringComparison.Ordinal);

    [Fact]
    public void Framing_words_are_listed_per_outlet_and_use_with_their_sentences()
    {
        var framing = Markdown[Markdown.IndexOf("### How each outlet attributes and words it", StringComparison.Ordinal)..];
        Assert.Contains("- Attribution verbs that judge:\n  - **claimed** (×1)", framing, StringComparison.Ordinal);
        Assert.Contains("- Loaded words in its own voice:\n  - **stalled** (×2)", framing, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outlet_is_charged_with_leaving_out_only_what_two_others_report()
    {
        var section = Markdown[Markdown.IndexOf("### What each outlet leaves out", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n### ", 5, StringComparison.Ordinal)];

        Assert.Contains("- person: Anna Example (reported by Alpha", section, StringComparison.Ordinal);
        Assert.DoesNotContain("the minister", section, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_carried_by_one_outlet_is_marked_and_variants_count_every_outlet()
    {
        var original = ReportFixture.Create();
        var report = original.Reports[0];
        var article = original.Articles.First(a => a.Source == ReportFixture.Alpha);
        var text = "fourth year";
        var single = new QuoteRecord(
            text, "the ministry", AttributionKind.Partial, article.Id, article.Source, 1,
            new Parallax.Core.Text.TextSpan(article.Text.IndexOf(text, StringComparison.Ordinal), text.Length), "said");
        var result = original with { Reports = [report with { Quotes = report.Quotes.Add(single) }] };

        var markdown = ReportFixture.Render(new MarkdownReportWriter(), result);

        Assert.Contains("| “fourth year” | partial quote |", markdown, StringComparison.Ordinal);
        Assert.Matches(@"“fourth year” \| partial quote \| [^|]+ \| only this outlet \|", markdown);
        Assert.Matches(@"“We are ready to meet at any time,” \| direct quote \| [^|]+ \| 2 outlets \|", markdown);
        Assert.Matches(@"the delegation would return next week \| paraphrase \| [^|]+ \|  \|", markdown);
    }

    [Fact]
    public void Pipes_and_markup_in_text_are_escaped()
    {
        Assert.Contains("Beta \\| News", Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Beta | News", Markdown, StringComparison.Ordinal);
        Assert.Contains("\\<script\\>", Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_rows_have_as_many_cells_as_their_header()
    {
        var lines = Markdown.Split('\n');
        var tables = 0;
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (!lines[i].StartsWith('|') || !lines[i + 1].StartsWith("|---", StringComparison.Ordinal) || (i > 0 && lines[i - 1].StartsWith('|')))
            {
                continue;
            }

            tables++;
            var columns = Cells(lines[i]);
            for (var j = i + 1; j < lines.Length && lines[j].StartsWith('|'); j++)
            {
                Assert.Equal(columns, Cells(lines[j]));
            }
        }

        Assert.True(tables >= 6, $"expected the fixture's tables, found {tables}");

        // Pipes not preceded by a backslash delimit cells.
        static int Cells(string row) => Regex.Count(row, @"(?<!\\)\|") - 1;
    }

    [Fact]
    public void Quote_differences_and_conflict_values_are_bold()
    {
        var report = ReportFixture.Create().Reports[0];
        foreach (var variant in report.QuoteVariants[0].Variants)
        {
            foreach (var difference in variant.Differences)
            {
                Assert.Contains($"**{difference.Slice(variant.Text)}**", Markdown, StringComparison.Ordinal);
            }
        }

        Assert.Contains($"**{report.Conflicts[0].Claims[0].Value}**", Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Shared_wording_lists_each_copy_with_its_edits_bold_and_names_the_first_publisher()
    {
        var wording = ReportFixture.Create().Reports[0].SharedWordings[0];
        Assert.Contains($"- Lightly edited in 2 outlets, first published by {ReportFixture.Alpha}:", Markdown, StringComparison.Ordinal);
        foreach (var copy in wording.Sentences)
        {
            var difference = copy.Differences[0].Slice(copy.Sentence.Text);
            Assert.Contains(copy.Sentence.Text.Replace(difference, $"**{difference}**", StringComparison.Ordinal), Markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Paraphrases_are_not_quoted_and_citations_give_paragraph_numbers()
    {
        var report = ReportFixture.Create().Reports[0];
        var paraphrase = report.Paraphrases[0].Text;
        Assert.Contains($"| {paraphrase} | paraphrase |", Markdown, StringComparison.Ordinal);
        var claim = report.Conflicts[0].Claims[0];
        Assert.Contains($"{claim.Source} ¶{claim.Sentence.Paragraph + 1}", Markdown, StringComparison.Ordinal);
        Assert.Contains($"**¶1** {ReportFixture.ArticleB.Body[0]}", Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Copies_removed_blocks_and_problems_are_listed()
    {
        var result = ReportFixture.Create();
        Assert.Contains("Near-duplicate: copy of Alpha Daily", Markdown, StringComparison.Ordinal);
        Assert.Contains("- (advertisement) Advertisement", Markdown, StringComparison.Ordinal);
        Assert.Contains($"| {result.Problems[0].Path} | {result.Problems[0].Reason} |", Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_in_text_do_not_break_table_rows()
    {
        var result = ReportFixture.Create() with { Problems = [new("a|b.txt", "line one\nline | two\r\nthree")] };
        var markdown = ReportFixture.Render(new MarkdownReportWriter(), result);
        Assert.Contains("| a\\|b.txt | line one line \\| two three |\n", markdown, StringComparison.Ordinal);
    }
}
