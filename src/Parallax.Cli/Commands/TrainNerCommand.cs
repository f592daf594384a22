using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parallax.Language.Entities.Ner;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax train ner --data FILE [--dev FILE] [--out FILE]</c>: trains the named-entity tagger on a CoNLL-2003
/// file, keeps the pass that scores best on the development file, and writes the model.
/// </summary>
internal static class TrainNerCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "CoNLL-2003 training file (train.txt).", Required = true };
        var dev = new Option<string?>("--dev") { Description = "CoNLL-2003 development file (valid.txt) that chooses the number of passes." };
        var outFile = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => "ner-model.bin.gz" };
        var iterations = new Option<int>("--iterations") { Description = "Passes over the training data.", DefaultValueFactory = _ => NerTrainingOptions.Default.MaxIterations };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the document order.", DefaultValueFactory = _ => NerTrainingOptions.Default.Seed };
        var prune = new Option<float>("--prune") { Description = "Drop features whose largest weight is below this.", DefaultValueFactory = _ => NerTrainingOptions.Default.PruneBelow };
        var beam = new Option<int>("--beam") { Description = "Label sequences the decoder keeps at each token (1: greedy).", DefaultValueFactory = _ => NerTrainingOptions.Default.BeamWidth };
        var clusters = new Option<bool>("--clusters") { Description = "Add the word clusters' features." };
        var command = new Command("ner", "Train the named-entity tagger (averaged perceptron) on CoNLL-2003 data.")
        {
            data, dev, outFile, iterations, seed, prune, beam, clusters,
        };
        command.SetAction(parse => Run(
            parse.GetValue(data)!,
            parse.GetValue(dev),
            parse.GetValue(outFile)!,
            new NerTrainingOptions(parse.GetValue(iterations), parse.GetValue(seed), NerTrainingOptions.Default.GazetteerFolds, parse.GetValue(prune), parse.GetValue(beam), parse.GetValue(clusters)),
            output,
            error));
        return command;
    }

    private static int Run(string data, string? dev, string outFile, NerTrainingOptions options, TextWriter output, TextWriter error)
    {
        try
        {
            var training = ConllReader.ReadFile(data);
            IReadOnlyList<ConllDocument>? development = dev is null ? null : ConllReader.ReadFile(dev);
            var clock = Stopwatch.StartNew();
            var result = NerTrainer.Train(training, development, options, output);
            using (var stream = File.Create(outFile))
            {
                result.Model.Save(stream);
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"kept pass {result.Iteration}: {result.Model.FeatureCount} features, {result.Model.Gazetteer.Count} names; {new FileInfo(outFile).Length / 1024.0 / 1024.0:0.00} MB written to {outFile} in {clock.Elapsed.TotalSeconds:0.0} s"));
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine($"parallax train ner: {ex.Message}");
            return ExitCodes.NothingAnalysed;
        }
    }
}
