using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parallax.Language.Quotes.Evaluation;
using Parallax.Language.Quotes.Tagging;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax train quotes --data DIR [--dev DIR] [--out FILE]</c>: trains the attribution tagger on a PolNeAR
/// split, keeps the pass that scores best on the development split, and writes the model.
/// </summary>
internal static class TrainQuotesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "PolNeAR training split: the folder holding text/ and attributions/.", Required = true };
        var dev = new Option<string?>("--dev") { Description = "PolNeAR development split that chooses the number of passes." };
        var outFile = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => "attribution-model.bin.gz" };
        var iterations = new Option<int>("--iterations") { Description = "Passes over the training data.", DefaultValueFactory = _ => AttributionTrainingOptions.Default.MaxIterations };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the document order.", DefaultValueFactory = _ => AttributionTrainingOptions.Default.Seed };
        var prune = new Option<float>("--prune") { Description = "Drop features whose largest weight is below this.", DefaultValueFactory = _ => AttributionTrainingOptions.Default.PruneBelow };
        var cueBias = new Option<float>("--cue-bias") { Description = "Added to the score of a cue's first token when tagging (recall for precision).", DefaultValueFactory = _ => AttributionTrainingOptions.Default.CueBias };
        var folds = new Option<int>("--cue-folds") { Description = "Folds of the cue tagger whose predictions the role tagger learns from; 0 for the gold cues.", DefaultValueFactory = _ => AttributionTrainingOptions.Default.CueFolds };
        var decoding = new Option<SpanDecoding>("--decoding") { Description = "How the taggers decode and learn: Greedy (token by token) or Viterbi (whole paragraphs).", DefaultValueFactory = _ => AttributionTrainingOptions.Default.Decoding };
        var lexiconFolds = new Option<int>("--lexicon-folds") { Description = "Folds for the cue lexicon (each document reads the lexicon of the other folds); 0 for no lexicon.", DefaultValueFactory = _ => AttributionTrainingOptions.Default.LexiconFolds };
        var command = new Command("quotes", "Train the attribution tagger (cues, sources, contents; averaged perceptron) on PolNeAR.")
        {
            data, dev, outFile, iterations, seed, prune, cueBias, folds, decoding, lexiconFolds,
        };
        command.SetAction(parse => Run(
            parse.GetValue(data)!,
            parse.GetValue(dev),
            parse.GetValue(outFile)!,
            AttributionTrainingOptions.Default with
            {
                MaxIterations = parse.GetValue(iterations),
                Seed = parse.GetValue(seed),
                PruneBelow = parse.GetValue(prune),
                CueBias = parse.GetValue(cueBias),
                CueFolds = parse.GetValue(folds),
                Decoding = parse.GetValue(decoding),
                LexiconFolds = parse.GetValue(lexiconFolds),
            },
            output,
            error));
        return command;
    }

    private static int Run(string data, string? dev, string outFile, AttributionTrainingOptions options, TextWriter output, TextWriter error)
    {
        try
        {
            var training = AttributionCorpus.Load(data);
            IReadOnlyList<AttributionDocument>? development = dev is null ? null : AttributionCorpus.Load(dev);
            var clock = Stopwatch.StartNew();
            var result = AttributionTrainer.Train(training, development, options, output);
            using (var stream = File.Create(outFile))
            {
                result.Model.Save(stream);
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"kept pass {result.Iteration}: {result.Model.FeatureCount} features; {new FileInfo(outFile).Length / 1024.0 / 1024.0:0.00} MB written to {outFile} in {clock.Elapsed.TotalSeconds:0.0} s"));
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine($"parallax train quotes: {ex.Message}");
            return ExitCodes.NothingAnalysed;
        }
    }
}
