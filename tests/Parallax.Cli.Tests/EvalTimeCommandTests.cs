using Parallax.Tests.Shared;

namespace Parallax.Cli.Tests;

/// <summary><c>parallax eval time --errors</c> on a TimeML file the test writes.</summary>
public sealed class EvalTimeCommandTests : IDisposable
{
    // Gold marks "the harbour season" (which the tagger does not know) and "Monday" with a wrong value on purpose.
    private static string Tml { get; } = TimeMlFixture.Write(
        "2024-05-10",
        "Ferry",
        "The ferry ran [Monday|DATE|2024-05-06] and during [the harbour season|DATE|2024-SU], and it stopped [yesterday|DATE|1999-01-01].");

    private readonly string folder = Path.Combine(Path.GetTempPath(), "parallax-time-" + Guid.NewGuid().ToString("N"));

    public EvalTimeCommandTests() => Directory.CreateDirectory(folder);

    [Fact]
    public void Errors_lists_each_disagreement_with_its_kind_and_both_sides()
    {
        File.WriteAllText(Path.Combine(folder, "a.tml"), Tml);
        var errors = Path.Combine(folder, "errors.tsv");
        var error = new StringWriter();

        var code = ParallaxCli.Run(["eval", "time", "--dataset", folder, "--errors", errors], new StringWriter(), error);

        Assert.True(code == 0, error.ToString());
        var lines = File.ReadAllLines(errors);
        Assert.Contains(lines, l => l.StartsWith("a.tml\tmissed\tthe harbour season\tDate\t2024-SU", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("a.tml\tvalue\tyesterday\tDate\t1999-01-01\tyesterday\tDate\t2024-05-09", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("\tMonday\t", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
