using Parallax.Comparison.Conflicts;
using Parallax.Comparison.Facts;
using Parallax.Comparison.QuoteVariants;
using Parallax.Comparison.Summary;
using Parallax.Comparison.Tests.Text;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Tests.Summary;

public sealed class EmptyStoryTests
{
    [Fact]
    public void Analyzers_leave_a_story_without_prose_empty()
    {
        var context = TestDocuments.Story([TestDocuments.FromParagraphs("A"), TestDocuments.FromParagraphs("B", "Read more")]);
        var report = new StoryReport(context.Story);
        report = new FactAligner().Analyze(context, report);
        report = new ConflictDetector().Analyze(context, report);
        report = new QuoteVariantFinder().Analyze(context, report);
        report = new SummaryBuilder().Analyze(context, report);

        Assert.Empty(report.Facts);
        Assert.Empty(report.Conflicts);
        Assert.Empty(report.QuoteVariants);
        Assert.Empty(report.Summary);
    }

    [Fact]
    public void Results_do_not_change_between_runs()
    {
        var documents = new[] { "000", "001", "003" }.Select(TestDocuments.Seed).ToArray();
        var first = new FactAligner().Align(documents);
        var second = new FactAligner().Align(documents);
        Assert.Equal(first.Select(f => f.Text), second.Select(f => f.Text));
        Assert.Equal(
            new SummaryBuilder().Build(documents, first).Select(s => s.Text),
            new SummaryBuilder().Build(documents, second).Select(s => s.Text));
    }
}
