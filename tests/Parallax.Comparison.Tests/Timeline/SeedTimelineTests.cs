using Parallax.Comparison.Timeline;
using Parallax.Core.Annotations;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Tests.Timeline;

/// <summary>The timeline over seed articles, which carry no publication date: only absolute dates appear.</summary>
public sealed class SeedTimelineTests
{
    private static Document Seed(string prefix, DateTimeOffset? published = null)
    {
        var path = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), prefix + "_*.txt").Single();
        var lines = File.ReadAllLines(path).Where(l => l.Trim().Length > 0).Skip(1).ToArray();
        return TimelineTestDocuments.Build(prefix, "seed " + prefix, published, lines);
    }

    [Fact]
    public void Given_a_publication_date_the_two_reports_of_the_kremlin_pause_merge()
    {
        // Both articles appeared on Friday 12 September 2025; the date is given here, not read from the seeds.
        var published = new DateTimeOffset(2025, 9, 12, 12, 0, 0, TimeSpan.Zero);
        var context = TimelineTestDocuments.Story(Seed("000", published), Seed("003", published));

        var timeline = new TimelineAnalyzer().Analyze(context, new StoryReport(context.Story)).Timeline;

        var kremlin = Assert.Single(timeline, e => e.Text.StartsWith("The Kremlin announced on Friday", StringComparison.Ordinal));
        Assert.Equal("2025-09-12", kremlin.Date);
        Assert.Equal<string>(["seed 000", "seed 003"], kremlin.Sources);
        var drills = Assert.Single(timeline, e => e.Text.Contains("joint military exercises", StringComparison.Ordinal));
        Assert.Equal<string>(["seed 000"], drills.Sources);
        Assert.Equal("2025-09-09", Assert.Single(timeline, e => e.Text.Contains("Tuesday night", StringComparison.Ordinal)).Date);
    }

    [Fact]
    public void Lists_the_absolute_dates_of_the_seeds_in_order_with_their_outlets()
    {
        var context = TimelineTestDocuments.Story(Seed("000"), Seed("002"), Seed("004"));

        var timeline = new TimelineAnalyzer().Analyze(context, new StoryReport(context.Story)).Timeline;

        var dates = timeline.Select(e => e.Date).ToList();
        Assert.Contains("2014", dates);
        Assert.Contains("2025-01", dates);
        Assert.Contains("XXXX-06-02", dates);
        Assert.True(dates.IndexOf("2014") < dates.IndexOf("2022-02"));
        Assert.True(dates.IndexOf("2025-01") < dates.IndexOf("XXXX-06-02"));
        Assert.Equal<string>(["seed 002"], timeline.Single(e => e.Date == "2025-01").Sources);
        var sources2014 = timeline.Where(e => e.Date == "2014").SelectMany(e => e.Sources).Distinct().Order();
        Assert.Equal<string>(["seed 000", "seed 004"], sources2014);
        Assert.All(timeline, e => Assert.Contains(context.Documents, d => d.Text.Contains(e.Text, StringComparison.Ordinal)));
    }
}
