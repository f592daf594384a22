using System.CommandLine;
using System.Globalization;
using Parallax.Extraction.Evaluation;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>eval extraction --dataset PATH</c>: scores the HTML extractor on an evaluation set (the trafilatura snippet
/// set as .tar.gz, folder or evaldata.json; or a ground-truth JSON scored by word 4-grams) and prints precision,
/// recall, F1 and the pages scored and skipped.
/// </summary>
public static class EvalExtractionCommand
{
    /// <summary>The <c>extraction</c> subcommand; results go to <paramref name="output"/>, skipped pages and errors to <paramref name="error"/>.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dataset = new Option<string>("--dataset")
        {
            Description = "The evaluation set: trafilatura's .tar.gz, its unpacked folder or evaldata.json, or a ground-truth JSON ({id: {articleBody, url}} with html/ID.html.gz).",
            Required = true,
        };
        var command = new Command("extraction", "Score the HTML main-text extractor on an evaluation set: precision, recall, F1.") { dataset };
        command.SetAction(parse => Run(parse.GetValue(dataset) ?? "", output, error));
        return command;
    }

    private static int Run(string path, TextWriter output, TextWriter error)
    {
        try
        {
            return EvaluationDatasets.Detect(path) == EvaluationDatasetKind.Snippets
                ? Report(SnippetScorer.Score(SnippetDataset.Load(path), EvaluatedExtractor.ExtractText), path, output, error)
                : Report(FourGramScorer.Score(FourGramDataset.Load(EvaluationDatasets.GroundTruthPath(path)), EvaluatedExtractor.ExtractText), path, output, error);
        }
        catch (InvalidDataException e)
        {
            error.WriteLine($"parallax eval extraction: {e.Message}");
            return ExitCodes.NothingAnalysed;
        }
    }

    private static int Report(SnippetScore score, string path, TextWriter output, TextWriter error)
    {
        ReportSkipped(score.Skipped, score.ExtractorFailures, error);
        var c = score.Counts;
        output.WriteLine($"dataset: {path} (snippets, whitespace-folded substring match)");
        output.WriteLine($"pages scored: {score.PagesScored}, skipped: {score.Skipped.Length}, extractor failures: {score.ExtractorFailures.Length}");
        output.WriteLine($"TP {c.TruePositives}  FN {c.FalseNegatives}  FP {c.FalsePositives}  TN {c.TrueNegatives}");
        output.WriteLine($"precision {F(c.Precision)}  recall {F(c.Recall)}  F1 {F(c.F1)}");
        return score.PagesScored > 0 ? ExitCodes.Success : ExitCodes.NothingAnalysed;
    }

    private static int Report(FourGramScore score, string path, TextWriter output, TextWriter error)
    {
        ReportSkipped(score.Skipped, score.ExtractorFailures, error);
        output.WriteLine($"dataset: {path} (word 4-grams, per-page precision and recall averaged)");
        output.WriteLine($"pages scored: {score.PagesScored}, skipped: {score.Skipped.Length}, extractor failures: {score.ExtractorFailures.Length}");
        output.WriteLine($"precision {F(score.Precision)}  recall {F(score.Recall)}  F1 {F(score.F1)}");
        return score.PagesScored > 0 ? ExitCodes.Success : ExitCodes.NothingAnalysed;
    }

    private static void ReportSkipped(IEnumerable<SkippedPage> skipped, IEnumerable<SkippedPage> failures, TextWriter error)
    {
        foreach (var page in skipped)
        {
            error.WriteLine($"skipped {page.Name}: {page.Reason}");
        }

        foreach (var page in failures)
        {
            error.WriteLine($"extractor failed on {page.Name} (scored as empty): {page.Reason}");
        }
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
