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
    public void A_folder_without_texts_is_named_and_exits_with_2()
    {
        var error = new StringWriter();

        var code = ParallaxCli.Run(["bench", "stories", "--articles", "10", "--texts", folder], new StringWriter(), error);

        Assert.Equal(2, code);
        Assert.Contains(folder, error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
