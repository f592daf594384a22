using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parallax.Language.Entities.Ner;
using Parallax.Language.PartsOfSpeech;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax eval pos --dataset FILE [--model FILE]</c>: tags the words of a CoNLL-2003 file with the shipped (or a
/// given) part-of-speech model and prints the token accuracy against its POS column, the model's load time and the
/// tagging speed (one thread, reading excluded; timed on a second pass, so that it measures optimised code).
/// </summary>
internal static class EvalPosCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dataset = new Option<string>("--dataset") { Description = "A CoNLL-2003 file (valid.txt); its second column is the gold tags.", Required = true };
        var model = new Option<string?>("--model") { Description = "A model written by 'parallax train pos' (default: the shipped one)." };
        var command = new Command("pos", "Score the part-of-speech tagger on CoNLL-2003's POS column: token accuracy and speed.") { dataset, model };
        command.SetAction(parse => Run(parse.GetValue(dataset)!, parse.GetValue(model), output, error));
        return command;
    }

    private static int Run(string path, string? modelPath, TextWriter output, TextWriter error)
    {
        try
        {
            var documents = ConllReader.ReadFile(path, ConllReader.PartOfSpeechColumn);
            var clock = Stopwatch.StartNew();
            var model = modelPath is null ? PosModel.Default : PosModel.LoadFile(modelPath);
            var loadTime = clock.Elapsed;
            if (model is null)
            {
                error.WriteLine("parallax eval pos: this build ships no part-of-speech model; give one with --model.");
                return ExitCodes.NothingAnalysed;
            }

            PosTrainer.Evaluate(model, documents);
            clock.Restart();
            var score = PosTrainer.Evaluate(model, documents);
            var tagTime = clock.Elapsed;
            output.WriteLine($"dataset: {path}; model: {modelPath ?? "shipped (" + PosModel.ResourceName + ")"}");
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"accuracy {score.Accuracy:0.0000} ({score.Correct} of {score.Tokens} tokens)"));
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"model load {loadTime.TotalMilliseconds:0} ms; tagging {score.Tokens / tagTime.TotalSeconds:0} tokens/s ({score.Tokens} tokens in {tagTime.TotalSeconds:0.00} s on one thread)"));
            return score.Tokens > 0 ? ExitCodes.Success : ExitCodes.NothingAnalysed;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine($"parallax eval pos: {ex.Message}");
            return ExitCodes.NothingAnalysed;
        }
    }
}
