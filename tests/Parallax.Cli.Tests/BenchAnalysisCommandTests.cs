namespace Parallax.Cli.Tests;

/// <summary><c>parallax bench analysis</c> times every stage of the pipeline by name; its figures are printed, never asserted.</summary>
public sealed class BenchAnalysisCommandTests
{
    private static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    [Fact]
    public void Every_stage_of_the_analyze_pipeline_is_timed_by_name()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = ParallaxCli.Run(["bench", "analysis", Samples, "--runs", "1"], output, error);

        Assert.True(code == 0, error.ToString());
        var text = output.ToString();
        Assert.Contains("articles: 5,", text, StringComparison.Ordinal);
        var pipeline = DefaultPipeline.Create();
        foreach (var annotator in pipeline.Annotators)
        {
            Assert.Contains("annotator " + annotator.Name + " ", text, StringComparison.Ordinal);
        }

        foreach (var analyzer in pipeline.StoryAnalyzers)
        {
            Assert.Contains("story analyzer " + analyzer.Name + " ", text, StringComparison.Ordinal);
        }

        Assert.Contains("story detection", text, StringComparison.Ordinal);
        Assert.Contains("articles/s", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_without_an_article_are_refused_by_name()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"));
        var error = new StringWriter();

        var code = ParallaxCli.Run(["bench", "analysis", missing], new StringWriter(), error);

        Assert.Equal(2, code);
        Assert.Contains("no-such-folder-", error.ToString(), StringComparison.Ordinal);
    }
}
