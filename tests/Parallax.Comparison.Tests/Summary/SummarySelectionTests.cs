using Parallax.Comparison.Facts;
using Parallax.Comparison.Summary;
using Parallax.Comparison.Tests.Text;
using Parallax.Core.Annotations;

namespace Parallax.Comparison.Tests.Summary;

/// <summary>The budgeted selections on an invented story: one fact all four outlets report, the rest one outlet each.</summary>
public sealed class SummarySelectionTests
{
    private static readonly Document[] Story =
    [
        TestDocuments.FromParagraphs(
            "Alpha News",
            "A local bakery on Elm Street won a regional prize for its sourdough bread last weekend.",
            "The city council approved the new public transport budget on Tuesday after a long debate.",
            "Fans of the harbour rowing club gathered at the pier to watch the annual autumn regatta."),
        TestDocuments.FromParagraphs(
            "Beta Times",
            "The city council approved the public transport budget late on Tuesday evening after hours of debate.",
            "Volunteers painted the old library's walls with scenes from the history of the valley.",
            "Night buses will serve the northern suburbs from next spring, the operator said in a statement."),
        TestDocuments.FromParagraphs(
            "Gamma Post",
            "After a long debate the city council approved the new public transport budget on Tuesday.",
            "A stray goat wandered into the botanical garden and ate several rare orchids before keepers caught it."),
        TestDocuments.FromParagraphs(
            "Delta Daily",
            "On Tuesday the city council approved the new budget for public transport after a long debate.",
            "Snow is expected in the mountain passes later this week, and drivers are asked to carry chains."),
    ];

    public static TheoryData<SummarySelection> BudgetedSelections => [SummarySelection.Submodular, SummarySelection.ConceptCoverage];

    [Theory]
    [MemberData(nameof(BudgetedSelections))]
    public void With_room_for_one_line_the_fact_every_outlet_reports_is_chosen(SummarySelection selection)
    {
        var summary = new SummaryBuilder(new SummaryOptions { Selection = selection, WordBudget = 20 }).Build(Story, []);

        var line = Assert.Single(summary);
        Assert.Contains("city council approved", line.Text, StringComparison.Ordinal);
        Assert.Equal(4, line.Sources.Length);
    }

    [Theory]
    [MemberData(nameof(BudgetedSelections))]
    public void Lines_fit_the_word_budget(SummarySelection selection)
    {
        foreach (var budget in new[] { 20, 35, 50, 80 })
        {
            var summary = new SummaryBuilder(new SummaryOptions { Selection = selection, WordBudget = budget }).Build(Story, []);

            Assert.NotEmpty(summary);
            Assert.InRange(summary.Sum(l => Words(l.Text)), 1, budget);
        }
    }

    [Theory]
    [MemberData(nameof(BudgetedSelections))]
    public void A_fact_is_told_once_even_when_the_budget_holds_all_its_wordings(SummarySelection selection)
    {
        var facts = new FactAligner().Align(Story);
        var summary = new SummaryBuilder(new SummaryOptions { Selection = selection, WordBudget = 400 }).Build(Story, facts);

        var factOfLine = summary.Select(l => facts.Single(f => f.Statements.Contains(l.Origin))).ToList();
        Assert.Equal(factOfLine.Count, factOfLine.Distinct().Count());
        Assert.Single(summary, l => l.Text.Contains("city council approved", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BudgetedSelections))]
    public void The_same_story_gives_the_same_summary(SummarySelection selection)
    {
        var options = new SummaryOptions { Selection = selection, WordBudget = 50 };
        Assert.Equal(
            new SummaryBuilder(options).Build(Story, []).Select(l => l.Text),
            new SummaryBuilder(options).Build([.. Story], []).Select(l => l.Text));
    }

    [Theory]
    [MemberData(nameof(BudgetedSelections))]
    public void The_budget_counts_words_as_a_reader_does_so_a_spaced_dash_is_a_word(SummarySelection selection)
    {
        // The first sentence has 17 words between spaces, 15 of them word tokens: the two dashes count against the
        // budget, so at 16 words only the second sentence fits.
        Document[] story =
        [
            TestDocuments.FromParagraphs(
                "Alpha News",
                "The mayor \u2013 a former teacher \u2013 opened the new school on Monday morning in the town.",
                "Parents said the new school in the town opened on time."),
        ];

        var tight = new SummaryBuilder(new SummaryOptions { Selection = selection, WordBudget = 16 }).Build(story, []);

        Assert.All(tight, line => Assert.StartsWith("Parents", line.Text, StringComparison.Ordinal));
        Assert.InRange(tight.Sum(l => Words(l.Text)), 1, 16);
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
