namespace Parallax.Cli.Tests;

/// <summary><c>parallax bench stories</c> runs on texts the test writes; its figures are printed, never asserted.</summary>
public sealed class BenchStoriesCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "parallax-bench-stories-" + Guid.NewGuid().ToString("N"));

    public BenchStoriesCommandTests() => Directory.CreateDirectory(folder);

    [Fact]
    public void Streams_the_articles_through_both_stages_and_keeps_the_named_database()
    {
        File.WriteAllText(
            Path.Combine(folder, "bridge.txt"),
            "Harbour bridge closed\nThe Harbour bridge in Kessington was closed after inspectors found a crack in its main girder. Engineer Paula Brandt said lorries could not cross until it was repaired. Ferries will carry commuters across the harbour.");
        var database = Path.Combine(folder, "bench.db");
        var output = new StringWriter();
        var error = new StringWriter();

        var code = ParallaxCli.Run(
            ["bench", "stories", "--articles", "40", "--batch", "15", "--texts", folder, "--db", database], output, error);

        Assert.True(code == 0, error.ToString());
        var text = output.ToString();
        Assert.Contains("source texts: 1", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("40 articles in").Length - 1);
        // Clustering: inside the clock and with generation; end to end: the whole stage.
        Assert.Equal(3, text.Split("KB per article; garbage collections (gen 0/1/2)").Length - 1);
        Assert.Contains("generating the articles (not timed above)", text, StringComparison.Ordinal);
        Assert.Contains("peak working set", text, StringComparison.Ordinal);
        Assert.True(File.Exists(database));
    }

    [Fact]
    public void With_score_the_clustering_pass_is_scored_against_the_generated_events()
    {
        File.WriteAllText(
            Path.Combine(folder, "bridge.txt"),
            "The Harbour bridge in Kessington was closed after inspectors found a crack in its main girder. Engineer Paula Brandt said lorries could not cross until it was repaired. Ferries will carry commuters across the harbour.");
        File.WriteAllText(
            Path.Combine(folder, "marathon.txt"),
            "Runner Amaka Okoro broke the Lakeside marathon record in Brightwater on a cold morning. She finished well ahead of the field. Organisers in Brightwater praised the volunteers who lined the course.");
        var output = new StringWriter();

        var code = ParallaxCli.Run(["bench", "stories", "--articles", "60", "--batch", "20", "--texts", folder, "--score"], output, new StringWriter());

        Assert.Equal(0, code);
        var line = output.ToString().Split('\n').Single(l => l.Contains("against the generator's events", StringComparison.Ordinal));
        Assert.Matches(@"B-cubed P [01]\.\d{3} R [01]\.\d{3} F1 [01]\.\d{3}; pairwise .*; largest story: \d+ articles; [1-9]\d* events, [1-9]\d* stories", line);
    }

    [Fact]
    public void Without_score_no_events_are_kept_or_scored()
    {
        File.WriteAllText(
            Path.Combine(folder, "bridge.txt"),
            "The Harbour bridge in Kessington was closed after inspectors found a crack in its main girder. Engineer Paula Brandt said lorries could not cross until it was repaired. Ferries will carry commuters across the harbour.");
        var output = new StringWriter();

        Assert.Equal(0, ParallaxCli.Run(["bench", "stories", "--articles", "20", "--texts", folder], output, new StringWriter()));
        Assert.DoesNotContain("against the generator's events", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_texts_is_named_and_exits_with_2()
    {
        var error = new StringWriter();

        var code = ParallaxCli.Run(["bench", "stories", "--articles", "10", "--texts", folder], new StringWriter(), error);

        Assert.Equal(2, code);
        Assert.Contains(folder, error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
