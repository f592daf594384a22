using Parallax.Language.Clusters;
using Parallax.Tests.Shared;

namespace Parallax.Cli.Tests;

/// <summary><c>parallax train word-clusters</c> on invented text files and a tiny file in the CoNLL layout the test writes.</summary>
public sealed class WordClustersCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "parallax-clusters-" + Guid.NewGuid().ToString("N"));

    public WordClustersCommandTests() => Directory.CreateDirectory(folder);

    [Fact]
    public void Learns_clusters_from_text_and_conll_words_and_writes_them_twice_the_same()
    {
        var texts = Directory.CreateDirectory(Path.Combine(folder, "text")).FullName;
        File.WriteAllText(Path.Combine(texts, "a.txt"), "The ferry left early.\nThe pilot waited.\n");
        File.WriteAllText(Path.Combine(texts, "b.txt"), "The ferry waited.\nThe pilot left early.\n");
        var conll = Path.Combine(folder, "train.txt");
        File.WriteAllText(conll, MarkedConll.Write(["The_DT ferry_NN left_VBD ._.", "A_DT pilot_NN waited_VBD ._."]));
        var output = new StringWriter();
        var error = new StringWriter();

        string[] Arguments(string name) => ["train", "word-clusters", "--text", texts, "--conll", conll, "--min-count", "2", "--out", Path.Combine(folder, name)];
        var first = ParallaxCli.Run(Arguments("one.bin.gz"), output, error);
        var second = ParallaxCli.Run(Arguments("two.bin.gz"), output, error);

        Assert.True(first == 0 && second == 0, error.ToString());
        Assert.Contains("64/256/1024 clusters", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "one.bin.gz")), File.ReadAllBytes(Path.Combine(folder, "two.bin.gz")));
        using var stream = File.OpenRead(Path.Combine(folder, "one.bin.gz"));
        var clusters = WordClusters.Load(stream);
        Assert.NotEqual(WordClusters.Unknown, clusters.FinestOf("ferry")); // three times, in both sources
        Assert.Equal(WordClusters.Unknown, clusters.FinestOf("a")); // once
    }

    [Fact]
    public void Without_any_text_it_says_so_and_fails()
    {
        var error = new StringWriter();

        var code = ParallaxCli.Run(["train", "word-clusters", "--out", Path.Combine(folder, "none.bin.gz")], new StringWriter(), error);

        Assert.NotEqual(0, code);
        Assert.Contains("no text", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
