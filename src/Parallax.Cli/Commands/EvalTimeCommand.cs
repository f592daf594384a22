using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parallax.Language.Time;
using Parallax.Language.Time.Evaluation;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>eval time --dataset DIR</c>: the time-expression tagger on TimeML files (TempEval-3 TBAQ or platinum), scored as
/// TempEval-3 scores it: strict and relaxed span precision, recall, F1, and type and value F1.
/// </summary>
internal static class EvalTimeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dataset = new Option<string>("--dataset")
        {
            Description = "A folder of TimeML (.tml) files, read recursively, or one .tml file.",
            Required = true,
        };
        var errors = new Option<string?>("--errors")
        {
            Description = "Also write every disagreement (missed, spurious, span, type or value) to this tab-separated file.",
        };
        var command = new Command("time", "Score the time-expression tagger on TimeML files: TempEval-3 span, type and value F1.") { dataset, errors };
        command.SetAction(parse => Run(parse.GetValue(dataset)!, parse.GetValue(errors), output, error));
        return command;
    }

    private static int Run(string path, string? errorsPath, TextWriter output, TextWriter error)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            error.WriteLine($"parallax eval time: {path}: no such file or folder.");
            return ExitCodes.NothingAnalysed;
        }

        try
        {
            var documents = TimeMlReader.ReadAll(path);
            if (documents.IsEmpty)
            {
                error.WriteLine($"parallax eval time: {path}: no .tml files.");
                return ExitCodes.NothingAnalysed;
            }

            var clock = Stopwatch.StartNew();
            var score = TempEvalScorer.Score(documents, static (text, creation) => TimeExpressionTagger.Tag(text, creation));
            clock.Stop();
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{path}: {score.Documents} documents, {score.Gold} gold TIMEX3, {score.System} found ({documents.Count(d => d.CreationTime is null)} without a creation time)"));
            output.WriteLine($"strict span   {score.Strict}");
            output.WriteLine($"relaxed span  {score.Relaxed}");
            output.WriteLine($"type          {score.Type}");
            output.WriteLine($"value         {score.Value}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tagging took {clock.Elapsed.TotalSeconds:0.00} s"));
            if (errorsPath is not null)
            {
                using var file = new StreamWriter(errorsPath);
                file.WriteLine("document\tkind\tgold text\tgold type\tgold value\tsystem text\tsystem type\tsystem value");
                foreach (var document in documents)
                {
                    foreach (var line in TimexDisagreements.Of(document, TimeExpressionTagger.Tag(document.Text, document.CreationTime)))
                    {
                        file.WriteLine(line);
                    }
                }
            }

            return ExitCodes.Success;
        }
        catch (InvalidDataException ex)
        {
            error.WriteLine($"parallax eval time: {ex.Message}");
            return ExitCodes.NothingAnalysed;
        }
    }
}
