using System.Text.RegularExpressions;
using Parallax.Comparison.Facts;
using Parallax.Comparison.Summary;
using Parallax.Comparison.Tests.Text;
using Parallax.Core.Annotations;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Tests.Summary;

public sealed class SummaryBuilderTests
{
    private static readonly Document[] Story =
    [
        TestDocuments.FromParagraphs(
            "Alpha News",
            "The health ministry announced on Monday that the vaccine trial in Lagos would be delayed by two months.",
            "He added that volunteers would be paid for the extra weeks of waiting at the clinics.",
            "However, the trial sponsors said the vaccine had passed its safety checks in the earlier phase."),
        TestDocuments.FromParagraphs(
            "Beta Times",
            "A shocking and disastrous two-month delay to the Lagos vaccine trial was announced by the health ministry on Monday.",
            "Volunteers will be paid for the extra weeks of waiting at the clinics, he added on Monday.",
            "The trial sponsors said the vaccine had passed its safety checks in the earlier phase of testing."),
        TestDocuments.FromParagraphs(
            "Gamma Post",
            "Officials at the health ministry told reporters Monday that the vaccine trial in Lagos has been delayed two months.",
            "“It will be paid for, all of it,” he said about the extra weeks of waiting at the clinics.",
            "Rainfall in Lagos this month was the highest recorded since the weather service began keeping records."),
    ];

    [Fact]
    public void Lines_are_verbatim_and_cite_every_outlet_of_their_fact()
    {
        var facts = new FactAligner().Align(Story);
        var summary = new SummaryBuilder().Build(Story, facts);
        var byId = Story.ToDictionary(d => d.Article.Id);

        Assert.NotEmpty(summary);
        foreach (var line in summary)
        {
            Assert.Equal(line.Text, byId[line.Origin.ArticleId].Slice(line.Origin.Span));
            var fact = Assert.Single(facts, f => f.Statements.Contains(line.Origin));
            Assert.Equal(fact.Sources, line.Sources);
            Assert.Equal(fact.ArticleIds, line.ArticleIds);
        }

        Assert.Contains(summary, l => l.Sources.Length == 3);
    }

    public static TheoryData<SummarySelection> Selections => [.. Enum.GetValues<SummarySelection>()];

    [Theory]
    [MemberData(nameof(Selections))]
    public void The_most_neutral_wording_of_a_fact_is_used(SummarySelection selection)
    {
        var summary = new SummaryBuilder(new SummaryOptions { Selection = selection }).Build(Story, []);
        var delay = Assert.Single(summary, l => l.Text.Contains("delay", StringComparison.Ordinal));
        Assert.DoesNotContain("shocking", delay.Text, StringComparison.Ordinal);
        Assert.Equal(3, delay.Sources.Length);
    }

    [Theory]
    [MemberData(nameof(Selections))]
    public void Lines_that_need_the_previous_sentence_are_left_out(SummarySelection selection)
    {
        var summary = new SummaryBuilder(new SummaryOptions { Selection = selection, MaxSentences = 8 }).Build(Story, []);
        Assert.DoesNotContain(summary, l => l.Text.StartsWith("He ", StringComparison.Ordinal));
        Assert.DoesNotContain(summary, l => l.Text.StartsWith("However", StringComparison.Ordinal));
        Assert.DoesNotContain(summary, l => l.Text.StartsWith('“'));
        Assert.DoesNotContain(summary, l => l.Text.Contains("he added", StringComparison.Ordinal));

        // The sponsors' statement survives through the wording that stands on its own (concept coverage counts only
        // word pairs all three outlets use, and two carry this statement).
        Assert.True(selection == SummarySelection.ConceptCoverage || summary.Any(l => l.Text.StartsWith("The trial sponsors", StringComparison.Ordinal)));
    }

    [Fact]
    public void Marginal_relevance_writes_at_most_its_number_of_lines()
    {
        var summary = new SummaryBuilder(new SummaryOptions { Selection = SummarySelection.MarginalRelevance, MaxSentences = 2 }).Build(Story, []);
        Assert.Equal(2, summary.Length);
    }

    [Theory]
    [MemberData(nameof(Selections))]
    public void Lines_follow_story_order(SummarySelection selection)
    {
        var all = new SummaryBuilder(new SummaryOptions { Selection = selection, MaxSentences = 8 }).Build(Story, []);
        var positions = all.Select(l => (Array.FindIndex(Story, d => l.ArticleIds.Contains(d.Article.Id)), l)).ToList();
        Assert.True(positions.Select(p => p.Item1).SequenceEqual(positions.Select(p => p.Item1).Order()));
        Assert.Equal(all.Length, all.Select(l => l.Text).Distinct().Count());
    }

    [Fact]
    public void Seed_summary_is_verbatim_self_contained_and_cites_its_outlets()
    {
        var documents = new[] { "000", "001", "003" }.Select(TestDocuments.Seed).ToArray();
        var context = TestDocuments.Story(documents);
        var report = new FactAligner().Analyze(context, new StoryReport(context.Story));
        report = new SummaryBuilder().Analyze(context, report);

        Assert.True(report.Summary.Length >= 3);
        Assert.InRange(report.Summary.Sum(l => Words(l.Text)), 1, SummaryOptions.Default.WordBudget);
        Assert.Contains(report.Summary, l => l.Sources.Length > 1);
        var byId = documents.ToDictionary(d => d.Article.Id);
        foreach (var line in report.Summary)
        {
            Assert.Equal(line.Text, byId[line.Origin.ArticleId].Slice(line.Origin.Span));
            Assert.Contains(line.Origin.Source, line.Sources);
            var fact = Assert.Single(report.Facts, f => f.Statements.Contains(line.Origin));
            Assert.Equal(fact.Sources, line.Sources);
            Assert.False(char.IsLower(line.Text[0]));
        }
    }

    [Fact]
    public void Facts_several_outlets_carry_fill_the_summary_before_facts_of_one_outlet()
    {
        // The seed story's two outlets share enough facts to fill a short budget, so no line may come from one
        // outlet alone; coverage alone took single-outlet sentences here.
        var documents = new[] { "000", "001", "003" }.Select(TestDocuments.Seed).ToArray();
        var context = TestDocuments.Story(documents);
        var report = new FactAligner().Analyze(context, new StoryReport(context.Story));
        var options = SummaryOptions.Default with { WordBudget = 40 };
        var shared = report.Facts.Where(f => f.Sources.Length > 1).Sum(f => Words(f.Statements[0].Text));
        Assert.True(shared > 2 * options.WordBudget, "the fixture needs shared facts well beyond the budget");

        report = new SummaryBuilder(options).Analyze(context, report);

        Assert.NotEmpty(report.Summary);
        Assert.All(report.Summary, l => Assert.True(l.Sources.Length > 1, l.Text));
    }

    [Fact]
    public void Wire_style_quotes_need_a_named_speaker_too()
    {
        var documents = new[]
        {
            TestDocuments.FromParagraphs(
                "Alpha News",
                "``Every school in the province will be rebuilt quickly,'' officials said after touring the flooded towns.",
                "Governor Ana Ruiz said ``we will rebuild every school in the province'' after touring the flooded towns."),
            TestDocuments.FromParagraphs(
                "Beta Times",
                "Governor Ana Ruiz promised to rebuild every school in the province after touring the flooded towns."),
        };

        var summary = new SummaryBuilder().Build(documents, []);

        Assert.NotEmpty(summary);
        Assert.DoesNotContain(summary, l => l.Text.StartsWith("``", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Selections))]
    public void A_line_starts_after_the_dateline_and_is_still_verbatim(SummarySelection selection)
    {
        var documents = new[]
        {
            TestDocuments.FromParagraphs(
                "Alpha News",
                "TEMA, Ghana (AP) _ Port workers ended their strike on Tuesday after the shipping company raised wages by a tenth.",
                "Ships had waited outside the harbour for nine days."),
            TestDocuments.FromParagraphs(
                "Beta Times",
                "TEMA — Port workers ended their strike on Tuesday after the shipping company agreed to raise wages by a tenth.",
                "Exporters of tea said the delay had cost them orders."),
        };

        var summary = new SummaryBuilder(new SummaryOptions { Selection = selection }).Build(documents, []);
        var byId = documents.ToDictionary(d => d.Article.Id);

        var strike = Assert.Single(summary, l => l.Text.Contains("strike", StringComparison.Ordinal));
        Assert.StartsWith("Port workers", strike.Text, StringComparison.Ordinal);
        Assert.Equal(strike.Text, byId[strike.Origin.ArticleId].Slice(strike.Origin.Span));
        Assert.Equal(2, strike.Sources.Length);
    }

    /// <summary>Words as the summary counts them: runs of letters or digits, with inner apostrophes or digit separators.</summary>
    private static int Words(string text) => Regex.Count(text, @"[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*");
}
