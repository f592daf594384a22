using Parallax.Tests.Shared;

namespace Parallax.Cli.Tests;

/// <summary><c>parallax train quotes</c> and <c>parallax eval quotes</c> on a tiny BRAT split the test writes.</summary>
public sealed class QuotesCommandTests : IDisposable
{
    private const string Text = "The port authority estimated that cargo would double.\n";

    private static readonly string Annotation = WriteAnnotation();

    private readonly string folder = Path.Combine(Path.GetTempPath(), "parallax-quotes-" + Guid.NewGuid().ToString("N"));

    public QuotesCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "text"));
        Directory.CreateDirectory(Path.Combine(folder, "attributions"));
        File.WriteAllText(Path.Combine(folder, "text", "port.txt"), Text);
        File.WriteAllText(Path.Combine(folder, "attributions", "port_a1.ann"), Annotation);
    }

    [Fact]
    public void Trains_a_model_the_same_way_twice_and_scores_it()
    {
        var first = Path.Combine(folder, "first.bin.gz");
        var second = Path.Combine(folder, "second.bin.gz");
        var output = new StringWriter();
        var error = new StringWriter();

        var trained = ParallaxCli.Run(["train", "quotes", "--data", folder, "--dev", folder, "--out", first, "--iterations", "2"], output, error);
        var again = ParallaxCli.Run(["train", "quotes", "--data", folder, "--dev", folder, "--out", second, "--iterations", "2"], output, error);
        var evaluated = ParallaxCli.Run(["eval", "quotes", "--dataset", folder, "--model", first], output, error);

        Assert.True(trained == 0 && again == 0 && evaluated == 0, error.ToString());
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        var text = output.ToString();
        Assert.Contains("pass 2:", text, StringComparison.Ordinal);
        Assert.Contains("1 documents", text, StringComparison.Ordinal);
        Assert.Matches(@"Content +P \d\.\d{3} R \d\.\d{3} F1 \d\.\d{3}", text);
        Assert.Contains("tokens/s", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Misses_lists_each_gold_attribution_a_role_of_which_was_not_found()
    {
        var misses = Path.Combine(folder, "misses.tsv");
        var error = new StringWriter();

        // The rules alone know no "estimated": the whole attribution is missed.
        var code = ParallaxCli.Run(["eval", "quotes", "--dataset", folder, "--model", "none", "--misses", misses], new StringWriter(), error);

        Assert.True(code == 0, error.ToString());
        var lines = File.ReadAllLines(misses);
        Assert.Equal(2, lines.Length);
        Assert.Equal(["port.txt", "---", "The port authority", "estimated", "that cargo would double", Text.TrimEnd('\n')], lines[1].Split('\t'));
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused()
    {
        var model = Path.Combine(folder, "model.bin.gz");
        File.WriteAllText(model, "not a model");
        var error = new StringWriter();

        var code = ParallaxCli.Run(["eval", "quotes", "--dataset", folder, "--model", model], new StringWriter(), error);

        Assert.Equal(2, code);
        Assert.Contains("parallax eval quotes", error.ToString(), StringComparison.Ordinal);
    }

    private static string WriteAnnotation()
    {
        var brat = new BratFixture(Text);
        var source = brat.Span("Source", "The port authority");
        var cue = brat.Span("Cue", "estimated");
        var content = brat.Span("Content", "that cargo would double");
        brat.Attribution(cue, ("Source", source), ("Cue", cue), ("Content", content));
        return brat.ToString();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
