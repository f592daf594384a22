using System.CommandLine;
using System.Globalization;
using Parallax.Extraction.Evaluation;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>bench extraction --dataset PATH [--runs N]</c>: extracts every page of an evaluation set N times on one
/// thread and prints pages/s and MB/s per core, GC-allocated bytes and the peak working set. Reports, never judges.
/// </summary>
public static class BenchExtractionCommand
{
    /// <summary>The <c>extraction</c> subcommand; figures go to <paramref name="output"/>, problems to <paramref name="error"/>.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dataset = new Option<string>("--dataset")
        {
            Description = "The pages to extract: any evaluation set 'eval extraction' accepts.",
            Required = true,
        };
        var runs = new Option<int>("--runs")
        {
            Description = "How many timed passes over all pages (after one untimed warm-up pass).",
            DefaultValueFactory = _ => 3,
        };
        var command = new Command("extraction", "Measure the HTML main-text extractor's speed and memory on one thread.") { dataset, runs };
        command.SetAction(parse => Run(parse.GetValue(dataset) ?? "", parse.GetValue(runs), output, error));
        return command;
    }

    private static int Run(string path, int runs, TextWriter output, TextWriter error)
    {
        if (runs < 1)
        {
            error.WriteLine($"parallax bench extraction: --runs must be at least 1 (got {runs})");
            return ExitCodes.NothingAnalysed;
        }

        IReadOnlyList<DatasetPage> pages;
        try
        {
            pages = EvaluationDatasets.ReadPages(path);
        }
        catch (InvalidDataException e)
        {
            error.WriteLine($"parallax bench extraction: {e.Message}");
            return ExitCodes.NothingAnalysed;
        }

        foreach (var page in pages.Where(p => p.Html is null))
        {
            error.WriteLine($"skipped {page.Name}: {page.Problem}");
        }

        var html = pages.Where(p => p.Html is not null).Select(p => p.Html!).ToArray();
        if (html.Length == 0)
        {
            error.WriteLine($"parallax bench extraction: {path}: no readable page");
            return ExitCodes.NothingAnalysed;
        }

        var result = ExtractionBenchmark.Run(html, runs, EvaluatedExtractor.ExtractText);
        output.WriteLine($"dataset: {path}");
        output.WriteLine($"pages: {result.Pages} ({pages.Count - html.Length} unreadable skipped), HTML {N(result.HtmlBytes / 1e6)} MB per run, runs: {result.Runs}, extractor failures: {result.Failures}");
        output.WriteLine($"elapsed: {N(result.Elapsed.TotalSeconds)} s on one thread");
        output.WriteLine($"pages/s per core: {N(result.PagesPerSecond)}");
        output.WriteLine($"MB/s per core: {N(result.MegabytesPerSecond)}");
        output.WriteLine($"GC allocated: {N(result.AllocatedBytes / 1e6)} MB ({N(result.AllocatedBytesPerPage / 1e3)} KB per page)");
        output.WriteLine($"peak working set: {N(result.PeakWorkingSetBytes / 1e6)} MB (pages held in memory included)");
        return ExitCodes.Success;
    }

    private static string N(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
