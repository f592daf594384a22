using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parallax.Language.Entities.Ner;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax eval ner --dataset FILE [--model FILE]</c>: tags a CoNLL-2003 file with the shipped (or a given) model
/// and prints conlleval-style exact-span precision, recall and F1 per type, the model's load time and the tagging
/// speed (one thread, features and decoding, reading excluded; after a warm-up; per wall-clock and per CPU second, as
/// the second stays honest on a busy machine).
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
            // Untimed warm-up, so the timed pass runs optimised code rather than the JIT's first tier.
            NerTrainer.Evaluate(model, documents.Take(50));
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            var score = NerTrainer.Evaluate(model, documents);
            var tagTime = clock.Elapsed;
            var cpuTime = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            output.WriteLine($"dataset: {path}; model: {modelPath ?? "shipped (" + NerModel.ResourceName + ")"}");
            output.Write(score.ToTable());
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"model load {loadTime.TotalMilliseconds:0} ms; tagging {score.Tokens / tagTime.TotalSeconds:0} tokens/s ({score.Tokens} tokens in {tagTime.TotalSeconds:0.00} s on one thread; {score.Tokens / cpuTime.TotalSeconds:0} tokens per CPU-second)"));
            return score.Tokens > 0 ? ExitCodes.Success : ExitCodes.NothingAnalysed;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine($"parallax eval ner: {ex.Message}");
            return ExitCodes.NothingAnalysed;
        }
    }
}
