using System.CommandLine;
using System.Globalization;
using Parallax.Comparison.Evaluation;
using Parallax.Comparison.Summary;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>eval summary --dataset DIR</c>: the neutral summary scored on DUC 2004 Task 2: each cluster of articles is
/// taken as one story, its summary cut to 100 words, and ROUGE-1 and ROUGE-2 recall against the human summaries
/// (ROUGE-1.5.5 <c>-n 2 -m -l 100</c>) averaged over the clusters. <c>--selection</c> picks the summary's selection
/// method, so that the earlier one can still be measured.
/// </summary>
internal static class EvalSummaryCommand
{
    private const int WordLimit = 100;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var dataset = new Option<string>("--dataset")
        {
            Description = "The DUC 2004 Task 2 folder holding TEST_docs_Parsed/ and Test_Summaries/.",
            Required = true,
        };
        var selection = new Option<SummarySelection>("--selection")
        {
            Description = "The summary's selection method: ConceptCoverage (the default), Submodular or MarginalRelevance (the earlier one).",
            DefaultValueFactory = _ => SummaryOptions.Default.Selection,
        };
        var summaries = new Option<FileInfo?>("--summaries")
        {
            Description = "Also write each cluster's summary, one line per sentence with its ROUGE-1 and ROUGE-2 recall, to FILE (for reading what was chosen).",
        };
        var command = new Command("summary", "Score the neutral summary on DUC 2004 Task 2: ROUGE-1 and ROUGE-2 recall at 100 words.") { dataset, selection, summaries };
        command.SetAction(parse => Run(parse.GetValue(dataset)!, parse.GetValue(selection), parse.GetValue(summaries), output, error));
        return command;
    }

    private static int Run(string path, SummarySelection selection, FileInfo? summariesFile, TextWriter output, TextWriter error)
    {
        SummaryCluster[] clusters;
        try
        {
            clusters = [.. SummaryDataset.Load(path)];
        }
        catch (InvalidDataException ex)
        {
            error.WriteLine($"parallax eval summary: {ex.Message}");
            return ExitCodes.NothingAnalysed;
        }

        if (clusters.Length == 0)
        {
            error.WriteLine($"parallax eval summary: {path}: no cluster with reference summaries.");
            return ExitCodes.NothingAnalysed;
        }

        var annotator = DefaultPipeline.CreateAnnotationOnly();
        // Marginal relevance writes up to 12 lines, more than 100 words hold, and the cut below keeps the first 100 words.
        var builder = new SummaryBuilder(new SummaryOptions { Selection = selection, WordBudget = WordLimit, MaxSentences = 12 });
        var scores = new (RougeScore One, RougeScore Two, int Words)[clusters.Length];
        var lines = new string[clusters.Length][];
        Parallel.For(0, clusters.Length, i =>
        {
            var documents = clusters[i].Articles.Select(annotator.Annotate).ToList();
            lines[i] = [.. builder.Build(documents, default).Select(static line => line.Text)];
            var summary = string.Join(" ", lines[i]);
            scores[i] = (
                Rouge.Score(summary, clusters[i].References, 1, WordLimit),
                Rouge.Score(summary, clusters[i].References, 2, WordLimit),
                Math.Min(WordLimit, summary.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length));
        });

        if (summariesFile is not null)
        {
            AtomicTextFile.Write(summariesFile.FullName, writer =>
            {
                for (var i = 0; i < clusters.Length; i++)
                {
                    writer.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{clusters[i].Name}\tROUGE-1 {100 * scores[i].One.Recall:0.00}\tROUGE-2 {100 * scores[i].Two.Recall:0.00}"));
                    foreach (var line in lines[i])
                    {
                        writer.WriteLine("\t" + line.ReplaceLineEndings(" "));
                    }
                }

                return true;
            });
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{path}: {clusters.Length} clusters, {clusters.Sum(c => c.References.Length)} reference summaries; summaries cut to {WordLimit} words (mean {scores.Average(s => s.Words):0.0})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ROUGE-1 recall {100 * scores.Average(s => s.One.Recall):0.00}  precision {100 * scores.Average(s => s.One.Precision):0.00}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ROUGE-2 recall {100 * scores.Average(s => s.Two.Recall):0.00}  precision {100 * scores.Average(s => s.Two.Precision):0.00}"));
        return ExitCodes.Success;
    }
}
