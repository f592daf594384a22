namespace Parallax.Cli.Tests;

/// <summary>The eval and bench command groups are mounted and refuse a missing data set by name.</summary>
public sealed class EvalAndBenchMountTests
{
    [Theory]
    [InlineData("eval", "extraction")]
    [InlineData("bench", "extraction")]
    [InlineData("eval", "clustering")]
    [InlineData("eval", "ner")]
    [InlineData("eval", "pos")]
    public void A_missing_dataset_is_named_and_exits_with_2(string group, string command)
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-dataset-" + Guid.NewGuid().ToString("N"));
        var error = new StringWriter();

        var code = ParallaxCli.Run([group, command, "--dataset", missing], new StringWriter(), error);

        Assert.Equal(2, code);
        Assert.Contains("no-such-dataset-", error.ToString(), StringComparison.Ordinal);
    }
}
