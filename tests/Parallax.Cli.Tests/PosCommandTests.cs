using Parallax.Tests.Shared;

namespace Parallax.Cli.Tests;

/// <summary><c>parallax train pos</c> and <c>parallax eval pos</c> on a tiny file in the CoNLL layout the test writes.</summary>
public sealed class PosCommandTests : IDisposable
{
    // Invented sentences, written in the CoNLL layout at run time.
    private static string Corpus { get; } = MarkedConll.Write(
        ["The_DT ferry_NN left_VBD ._.", "A_DT pilot_NN waited_VBD ._."]);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "parallax-pos-" + Guid.NewGuid().ToString("N"));

    public PosCommandTests() => Directory.CreateDirectory(folder);

    [Fact]
    public void Trains_a_model_on_the_pos_column_and_scores_its_accuracy()
    {
        var data = Path.Combine(folder, "train.txt");
        var model = Path.Combine(folder, "model.bin.gz");
        File.WriteAllText(data, Corpus);
        var output = new StringWriter();
        var error = new StringWriter();

        var trained = ParallaxCli.Run(["train", "pos", "--data", data, "--dev", data, "--out", model, "--iterations", "3", "--prune", "0"], output, error);
        var evaluated = ParallaxCli.Run(["eval", "pos", "--dataset", data, "--model", model], output, error);

        Assert.True(trained == 0 && evaluated == 0, error.ToString());
        var text = output.ToString();
        Assert.Contains("pass 3:", text, StringComparison.Ordinal);
        Assert.Contains("4 tags", text, StringComparison.Ordinal);
        Assert.Matches(@"accuracy \d\.\d{4} \(\d+ of 8 tokens\)", text);
        Assert.Contains("tokens/s", text, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
