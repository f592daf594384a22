namespace Parallax.Cli.Tests;

/// <summary><c>parallax eval summary</c> on a tiny cluster and reference summary the test writes.</summary>
public sealed class EvalSummaryCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "parallax-eval-summary-" + Guid.NewGuid().ToString("N"));

    public EvalSummaryCommandTests() => Directory.CreateDirectory(folder);

    [Fact]
    public void Scores_rouge_and_writes_each_clusters_summary_when_asked()
    {
        string[] documents =
        [
            "The Riverton city council approved the new library budget on Tuesday after a long public debate.",
            "The Riverton city council approved the library budget on Tuesday, keeping all branches open on weekends.",
            "Librarians in Riverton welcomed the budget the city council approved, which keeps every branch open.",
        ];
        WriteDocument("c1", "a", documents[0]);
        WriteDocument("c1", "b", documents[1]);
        WriteDocument("c1", "c", documents[2]);
        var references = Path.Combine(folder, "Test_Summaries", "c1");
        Directory.CreateDirectory(references);
        File.WriteAllText(Path.Combine(references, "A"), "Riverton's city council approved the library budget, keeping branches open.");
        var listing = Path.Combine(folder, "summaries.txt");
        var output = new StringWriter();
        var error = new StringWriter();

        var code = ParallaxCli.Run(["eval", "summary", "--dataset", folder, "--summaries", listing], output, error);

        Assert.True(code == 0, error.ToString());
        Assert.Contains("1 clusters, 1 reference summaries", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("ROUGE-1 recall", output.ToString(), StringComparison.Ordinal);
        var lines = File.ReadAllLines(listing);
        Assert.StartsWith("c1\tROUGE-1 ", lines[0], StringComparison.Ordinal);
        var sentences = lines.Skip(1).ToArray();
        Assert.NotEmpty(sentences);
        // Each line is a source sentence, verbatim, indented under its cluster.
        Assert.All(sentences, s => Assert.Contains(s[1..], documents));
    }

    [Fact]
    public void A_folder_without_the_duc_layout_is_named_and_exits_with_2()
    {
        var error = new StringWriter();

        var code = ParallaxCli.Run(["eval", "summary", "--dataset", folder], new StringWriter(), error);

        Assert.Equal(2, code);
        Assert.Contains("TEST_docs_Parsed", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void WriteDocument(string cluster, string name, string text)
    {
        var path = Path.Combine(folder, "TEST_docs_Parsed", cluster);
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, name), text);
    }
}
