namespace Parallax.Cli.Tests;

/// <summary><c>parallax eval clustering</c> on a tiny data set the test writes.</summary>
public sealed class EvalClusteringCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "parallax-eval-" + Guid.NewGuid().ToString("N"));

    public EvalClusteringCommandTests() => Directory.CreateDirectory(folder);

    [Fact]
    public void Scores_a_folder_of_clusters_and_prints_b_cubed_and_pairwise_figures()
    {
        Write("library", "a", "The Riverton city council approved the library budget after a long debate over opening hours and staff cuts.");
        Write("library", "b", "Riverton's library branches will stay open after the city council approved the library budget and opening hours.");
        Write("bridge", "a", "Engineers closed the old Harbour Bridge after inspectors found cracks in two steel girders of its northern span.");
        Write("bridge", "b", "The Harbour Bridge will stay closed for months while engineers replace cracked steel girders on the northern span.");
        var output = new StringWriter();
        var error = new StringWriter();

        var code = ParallaxCli.Run(["eval", "clustering", "--dataset", folder], output, error);

        Assert.True(code == 0, error.ToString());
        var text = output.ToString();
        Assert.Contains("4 articles, 2 gold stories", text, StringComparison.Ordinal);
        Assert.Contains("B-cubed   P 1.000 R 1.000 F1 1.000", text, StringComparison.Ordinal);
        Assert.Contains("pairwise  P", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clusters_option_lists_each_article_with_its_gold_and_predicted_story()
    {
        Write("library", "a", "The Riverton city council approved the library budget after a long debate over opening hours and staff cuts.");
        Write("library", "b", "Riverton's library branches will stay open after the city council approved the library budget and opening hours.");
        Write("bridge", "a", "Engineers closed the old Harbour Bridge after inspectors found cracks in two steel girders of its northern span.");
        var listing = Path.Combine(folder, "out", "clusters.tsv");
        var error = new StringWriter();

        var code = ParallaxCli.Run(["eval", "clustering", "--dataset", folder, "--clusters", listing], new StringWriter(), error);

        Assert.True(code == 0, error.ToString());
        var lines = File.ReadAllLines(listing);
        Assert.Equal("gold\tstory\tstoryline\tid\topening", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split('\t')).ToArray();
        Assert.Equal(3, rows.Length);
        var library = rows.Where(r => r[0] == "library").ToArray();
        Assert.Equal(2, library.Length);
        Assert.Equal(library[0][1], library[1][1]);
        Assert.NotEqual(library[0][1], rows.Single(r => r[0] == "bridge")[1]);
        Assert.Contains(rows, r => r[4].StartsWith("Engineers closed the old Harbour Bridge", StringComparison.Ordinal));
    }

    [Fact]
    public void Half_scores_only_the_articles_of_that_half_of_the_gold_stories()
    {
        var stories = Enumerable.Range(0, 12).Select(i => "topic" + i).ToArray();
        foreach (var story in stories)
        {
            Write(story, "a", $"Inspectors in {story} reported cracks in the girders of the old bridge over the river.");
            Write(story, "b", $"Engineers closed the bridge in {story} after inspectors reported cracks in its girders.");
        }

        var devStories = stories.Count(s => Parallax.Stories.Evaluation.GoldHalves.Of(s) == Parallax.Stories.Evaluation.GoldHalf.Dev);
        var output = new StringWriter();
        var error = new StringWriter();

        var code = ParallaxCli.Run(["eval", "clustering", "--dataset", folder, "--half", "dev"], output, error);

        Assert.True(code == 0, error.ToString());
        Assert.InRange(devStories, 1, stories.Length - 1);
        Assert.Contains($"(dev half): {2 * devStories} articles, {devStories} gold stories", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Storyline_threshold_overrides_the_detectors_and_is_printed()
    {
        Write("library", "a", "The Riverton city council approved the library budget after a long debate over opening hours and staff cuts.");
        Write("bridge", "a", "Engineers closed the old Harbour Bridge after inspectors found cracks in two steel girders of its northern span.");
        var output = new StringWriter();
        var error = new StringWriter();

        var code = ParallaxCli.Run(["eval", "clustering", "--dataset", folder, "--storyline-threshold", "0.45"], output, error);

        Assert.True(code == 0, error.ToString());
        Assert.Contains("storyline threshold 0.45)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Half_is_refused_for_a_pair_file()
    {
        var pairs = Path.Combine(folder, "pairs.csv");
        File.WriteAllText(pairs, "pair_id,text1,text2,Overall\n");
        var error = new StringWriter();

        var code = ParallaxCli.Run(["eval", "clustering", "--dataset", pairs, "--half", "check"], new StringWriter(), error);

        Assert.Equal(2, code);
        Assert.Contains("--half", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_dataset_is_named_and_exits_with_2()
    {
        var error = new StringWriter();
        var code = ParallaxCli.Run(["eval", "clustering", "--dataset", Path.Combine(folder, "missing.csv")], new StringWriter(), error);

        Assert.Equal(2, code);
        Assert.Contains("missing.csv", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string cluster, string name, string text)
    {
        Directory.CreateDirectory(Path.Combine(folder, cluster));
        File.WriteAllText(Path.Combine(folder, cluster, name), text);
    }
}
