using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parallax.Language.Entities.Ner;
using Parallax.Language.PartsOfSpeech;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax train pos --data FILE [--dev FILE] [--out FILE]</c>: trains the part-of-speech tagger on the POS column
/// of a CoNLL-2003 file, keeps the pass most accurate on the development file, and writes the model.
/// </summary>
internal static class TrainPosCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "CoNLL-2003 training file (train.txt); its second column is read.", Required = true };
        var dev = new Option<string?>("--dev") { Description = "CoNLL-2003 development file (valid.txt) that chooses the number of passes." };
        var outFile = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => "pos-model.bin.gz" };
        var iterations = new Option<int>("--iterations") { Description = "Passes over the training data.", DefaultValueFactory = _ => PosTrainingOptions.Default.MaxIterations };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the document order.", DefaultValueFactory = _ => PosTrainingOptions.Default.Seed };
        var prune = new Option<float>("--prune") { Description = "Drop features whose largest weight is below this.", DefaultValueFactory = _ => PosTrainingOptions.Default.PruneBelow };
        var command = new Command("pos", "Train the part-of-speech tagger (averaged perceptron) on CoNLL-2003's POS column.")
        {
            data, dev, outFile, iterations, seed, prune,
        };
        command.SetAction(parse => Run(
            parse.GetValue(data)!,
            parse.GetValue(dev),
            parse.GetValue(outFile)!,
            new PosTrainingOptions(parse.GetValue(iterations), parse.GetValue(seed), parse.GetValue(prune)),
            output,
            error));
        return command;
    }

    private static int Run(string data, string? dev, string outFile, PosTrainingOptions options, TextWriter output, TextWriter error)
    {
        try
        {
            var training = ConllReader.ReadFile(data, ConllReader.PartOfSpeechColumn);
            IReadOnlyList<ConllDocument>? development = dev is null ? null : ConllReader.ReadFile(dev, ConllReader.PartOfSpeechColumn);
            var clock = Stopwatch.StartNew();
            var result = PosTrainer.Train(training, development, options, output);
            using (var stream = File.Create(outFile))
            {
                result.Model.Save(stream);
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"kept pass {result.Iteration}: {result.Model.FeatureCount} features, {result.Model.Tags.Length} tags; {new FileInfo(outFile).Length / 1024.0 / 1024.0:0.00} MB written to {outFile} in {clock.Elapsed.TotalSeconds:0.0} s"));
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine($"parallax train pos: {ex.Message}");
            return ExitCodes.NothingAnalysed;
        }
    }
}
