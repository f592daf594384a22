using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parallax.Language.Entities.Ner;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax eval ner --dataset FILE [--model FILE]</c>: tags a CoNLL-2003 file with the shipped (or a given) model
/// and prints conlleval-style exact-span precision, recall and F1 per type, the model's load time and the tagging
/// speed (one thread, features and decoding, reading excluded; timed on a second pass,
/// so that it measures optimised code, not the JIT's first tiers).
/// </summary>
internal static class EvalNerCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dataset = new Option<string>("--dataset") { Description = "A CoNLL-2003 file (valid.txt, test.txt).", Required = true };
        var model = new Option<string?>("--model") { Description = "A model written by 'parallax train ner' (default: the shipped one)." };
        var command = new Command("ner", "Score the named-entity tagger on CoNLL-2003 data: precision, recall, F1 per type.") { dataset, model };
        command.SetAction(parse => Run(parse.GetValue(dataset)!, parse.GetValue(model), output, error));
        return command;
    }

    private static int Run(string path, string? modelPath, TextWriter output, TextWriter error)
    {
        try
        {
            var documents = ConllReader.ReadFile(path);
            var clock = Stopwatch.StartNew();
            var model = modelPath is null ? NerModel.Default : NerModel.LoadFile(modelPath);
            var loadTime = clock.Elapsed;
            // An untimed pass first, so the timed one runs fully optimised code rather than the JIT's first tiers.
            NerTrainer.Evaluate(model, documents);
            clock.Restart();
            var score = NerTrainer.Evaluate(model, documents);
            var tagTime = clock.Elapsed;
            output.WriteLine($"dataset: {path}; model: {modelPath ?? "shipped (" + NerModel.ResourceName + ")"}");
            output.Write(score.ToTable());
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"model load {loadTime.TotalMilliseconds:0} ms; tagging {score.Tokens / tagTime.TotalSeconds:0} tokens/s ({score.Tokens} tokens in {tagTime.TotalSeconds:0.00} s on one thread)"));
            return score.Tokens > 0 ? ExitCodes.Success : ExitCodes.NothingAnalysed;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine($"parallax eval ner: {ex.Message}");
            return ExitCodes.NothingAnalysed;
        }
    }
}
