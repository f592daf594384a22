using Parallax.Stories;
using Parallax.Tests.Shared;

namespace Parallax.Cli.Tests;

/// <summary><c>parallax train stories</c> on a tiny CoNLL file and a folder of texts the test writes.</summary>
public sealed class TrainStoriesCommandTests : IDisposable
{
    private static string Conll { get; } = MarkedConll.Write(
        [
            "The harbour authority raised fees .",
        ],
        [
            "The harbour reopened after repairs .",
        ]);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "parallax-bg-" + Guid.NewGuid().ToString("N"));

    public TrainStoriesCommandTests() => Directory.CreateDirectory(folder);

    [Fact]
    public void Counts_documents_of_every_input_once_and_writes_frequencies_that_load()
    {
        var conll = Path.Combine(folder, "train.txt");
        File.WriteAllText(conll, Conll);
        var texts = Directory.CreateDirectory(Path.Combine(folder, "texts")).FullName;
        File.WriteAllText(Path.Combine(texts, "a.txt"), "The harbour fees rose again.\n\nShipping firms complained.");
        File.WriteAllText(Path.Combine(texts, "b.txt"), "The harbour fees rose again.\n\nShipping firms complained.");
        var outFile = Path.Combine(folder, "bg.bin.gz");
        var output = new StringWriter();
        var error = new StringWriter();

        var code = ParallaxCli.Run(["train", "stories", conll, texts, "--out", outFile], output, error);

        Assert.True(code == 0, error.ToString());
        using var stream = File.OpenRead(outFile);
        var background = BackgroundFrequencies.Load(stream);
        Assert.Equal(3, background.DocumentCount);
        Assert.Equal(3, background.Terms.Of("harbour"));
        Assert.Equal(-1, Inflated(outFile).AsSpan().IndexOf("harbour"u8));
        Assert.Contains($"{texts}: 1 texts", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_of_no_known_form_is_named_in_the_error()
    {
        var odd = Path.Combine(folder, "odd.bin");
        File.WriteAllText(odd, "not a corpus");
        var error = new StringWriter();

        var code = ParallaxCli.Run(["train", "stories", odd, "--out", Path.Combine(folder, "bg.bin.gz")], new StringWriter(), error);

        Assert.NotEqual(0, code);
        Assert.Contains(odd, error.ToString(), StringComparison.Ordinal);
    }

    private static byte[] Inflated(string path)
    {
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var inflated = new MemoryStream();
        gzip.CopyTo(inflated);
        return inflated.ToArray();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
