using Parallax.Comparison.Timeline;
using Parallax.Core.Annotations;
using Parallax.Core.Reports;
using Parallax.Core.Stories;

namespace Parallax.Comparison.Tests.Timeline;

public sealed class TimelineAnalyzerTests
{
    // A Friday.
    private static readonly DateTimeOffset Published = new(2025, 9, 12, 18, 0, 0, TimeSpan.Zero);

    private static StoryReport Run(params Document[] documents)
    {
        var context = TimelineTestDocuments.Story(documents);
        return new TimelineAnalyzer().Analyze(context, new StoryReport(context.Story));
    }

    [Fact]
    public void Merges_two_outlets_reporting_the_same_dated_event()
    {
        var a = TimelineTestDocuments.Build(
            "a", "Outlet A", Published,
            "The Kremlin announced on Friday that negotiations with Ukraine were stalled. Russia and Belarus began joint military exercises on Friday.");
        var b = TimelineTestDocuments.Build(
            "b", "Outlet B", Published,
            "The Kremlin said Friday that negotiations with Ukraine are on pause, dimming hopes for peace.");

        var timeline = Run(a, b).Timeline;

        var merged = Assert.Single(timeline, e => e.Sources.Length == 2);
        Assert.Equal("2025-09-12", merged.Date);
        Assert.Equal("The Kremlin announced on Friday that negotiations with Ukraine were stalled.", merged.Text);
        Assert.Equal<string>(["Outlet A", "Outlet B"], merged.Sources);
        Assert.Equal<string>(["a", "b"], merged.ArticleIds);
        var drills = Assert.Single(timeline, e => e.Text.Contains("exercises", StringComparison.Ordinal));
        Assert.Equal<string>(["Outlet A"], drills.Sources);
        Assert.Equal("2025-09-12", drills.Date);
    }

    [Fact]
    public void Keeps_different_dates_apart_and_sorts_them_chronologically()
    {
        var a = TimelineTestDocuments.Build(
            "a", "Outlet A", Published,
            "Drones entered Polish airspace on Tuesday night. Crimea was annexed by Moscow in 2014. The Kremlin said on Friday that talks were stalled.");
        var b = TimelineTestDocuments.Build(
            "b", "Outlet B", Published,
            "Russia annexed Crimea in 2014, a move Kyiv rejects. Delegations met in Istanbul on June 2.");

        var timeline = Run(a, b).Timeline;

        Assert.Equal(["2014", "2025-06-02", "2025-09-09", "2025-09-12"], timeline.Select(e => e.Date));
        var annexation = timeline[0];
        Assert.Equal<string>(["Outlet A", "Outlet B"], annexation.Sources);
    }

    [Fact]
    public void Leaves_out_vague_references_durations_and_unresolved_dates()
    {
        var a = TimelineTestDocuments.Build(
            "a", "Outlet A", null,
            "Fighting has intensified in recent weeks. The war has lasted three years. The Kremlin said on Friday that talks were stalled. Talks resumed on June 2.");

        var entry = Assert.Single(Run(a).Timeline);

        Assert.Equal("XXXX-06-02", entry.Date);
        Assert.Equal("Talks resumed on June 2.", entry.Text);
    }

    [Fact]
    public void Sorts_same_date_entries_by_number_of_outlets()
    {
        var a = TimelineTestDocuments.Build("a", "Outlet A", Published, "Floods hit the northern province on Tuesday.");
        var b = TimelineTestDocuments.Build("b", "Outlet B", Published, "Parliament approved the budget bill on Tuesday after a long debate.");
        var c = TimelineTestDocuments.Build("c", "Outlet C", Published, "Lawmakers in parliament approved the budget bill on Tuesday.");

        var timeline = Run(a, b, c).Timeline;

        Assert.Equal(2, timeline.Length);
        Assert.Equal<string>(["Outlet B", "Outlet C"], timeline[0].Sources);
        Assert.Equal<string>(["Outlet A"], timeline[1].Sources);
    }

    [Fact]
    public void Orders_weeks_seasons_quarters_and_months_by_their_start()
    {
        var a = TimelineTestDocuments.Build(
            "a", "Outlet A", Published,
            "Exports fell in the second quarter of 2025. Floods hit the coast last summer. The dockers walked out last week. Tourism peaked in July 2025. Inflation eased in the spring of 2025.");

        var dates = Run(a).Timeline.Select(e => e.Date);

        Assert.Equal(["2025-SP", "2025-Q2", "2025-SU", "2025-07", "2025-W36"], dates);
    }

    [Fact]
    public void Sentences_stay_verbatim()
    {
        const string sentence = "On Friday, NATO’s chief  announced “stronger” defences on the eastern front.";
        var a = TimelineTestDocuments.Build("a", "Outlet A", Published, sentence);

        Assert.Equal(sentence, Assert.Single(Run(a).Timeline).Text);
    }

    [Fact]
    public void Requires_sentences_and_time_expressions()
    {
        var analyzer = new TimelineAnalyzer();

        Assert.Equal(AnnotationLayers.Sentences | AnnotationLayers.TimeExpressions, analyzer.Requires);
    }
}
