using Parallax.Extraction.Evaluation;

namespace Parallax.Extraction.Tests.Evaluation;

public sealed class DatasetAndBenchmarkTests
{
    [Fact]
    public void Layouts_are_told_apart()
    {
        using var temp = new TempFolder();
        EvalFixtures.WriteFolder(temp.Path, EvalFixtures.Files);
        var archive = Path.Combine(temp.Path, "set.tar.gz");
        EvalFixtures.WriteTarGz(archive, EvalFixtures.Files);
        var truth = temp.Write("gt/ground-truth.json", """{"x": {"url": "https://x.example/", "articleBody": "a b c d"}}""");

        Assert.Equal(EvaluationDatasetKind.Snippets, EvaluationDatasets.Detect(temp.Path));
        Assert.Equal(EvaluationDatasetKind.Snippets, EvaluationDatasets.Detect(archive));
        Assert.Equal(EvaluationDatasetKind.Snippets, EvaluationDatasets.Detect(Path.Combine(temp.Path, "evaldata.json")));
        Assert.Equal(EvaluationDatasetKind.FourGrams, EvaluationDatasets.Detect(truth));
        Assert.Equal(EvaluationDatasetKind.FourGrams, EvaluationDatasets.Detect(Path.GetDirectoryName(truth)!));
    }

    [Fact]
    public void A_folder_that_is_no_set_is_refused_with_its_path()
    {
        using var temp = new TempFolder();

        var e = Assert.Throws<InvalidDataException>(() => EvaluationDatasets.Detect(temp.Path));

        Assert.Contains(temp.Path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_of_either_kind_are_read_with_their_problems()
    {
        using var temp = new TempFolder();
        EvalFixtures.WriteFolder(temp.Path, EvalFixtures.Files);

        var pages = EvaluationDatasets.ReadPages(temp.Path);

        Assert.Equal(["a.html", "b.html", "missing.html"], pages.Select(p => p.Name));
        Assert.Equal(EvalFixtures.PageA, pages[0].Html);
        Assert.Null(pages[2].Html);
        Assert.NotNull(pages[2].Problem);
    }

    [Fact]
    public void Benchmark_counts_pages_runs_bytes_and_failures()
    {
        var calls = 0;
        string Extract(string html)
        {
            calls++;
            return html == "boom" ? throw new InvalidOperationException("boom") : html;
        }

        var result = ExtractionBenchmark.Run(["<p>é</p>", "boom"], 3, Extract);

        Assert.Equal((2, 3, 3), (result.Pages, result.Runs, result.Failures));
        Assert.Equal(9 + 4, result.HtmlBytes);
        Assert.Equal(2 * (3 + 1), calls); // three timed passes after one warm-up pass
        Assert.True(result.AllocatedBytes >= 0);
        Assert.True(result.PeakWorkingSetBytes > 0);
    }

    [Fact]
    public void Benchmark_needs_at_least_one_run()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExtractionBenchmark.Run(["x"], 0, h => h));
    }
}
