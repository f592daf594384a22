using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parallax.Core.Text;
using Parallax.Language.Quotes;
using Parallax.Language.Quotes.Evaluation;
using Parallax.Language.Quotes.Tagging;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>eval quotes --dataset DIR</c>: quote and paraphrase attribution scored on a PolNeAR split (BRAT standoff):
/// Source, Cue and Content spans, exact and overlap F1, and the speaker of each content.
/// </summary>
internal static class EvalQuotesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dataset = new Option<string>("--dataset")
        {
            Description = "A PolNeAR split: the folder holding text/*.txt and attributions/*.ann (e.g. ../shared/data/quotes/polnear/dev).",
            Required = true,
        };
        var model = new Option<string?>("--model") { Description = "An attribution model written by 'train quotes' instead of the one Parallax ships; 'none' for the rules alone." };
        var misses = new Option<string?>("--misses") { Description = "Also write every gold attribution missed in part or in whole to this file (tab-separated: document, which roles were found, source, cue, content, cue's line)." };
        var cueBias = new Option<float?>("--cue-bias") { Description = "Tag with this cue bias instead of the model's own (to try one without retraining)." };
        var prune = new Option<float?>("--prune") { Description = "Tag without the model's features whose largest weight is below this (to try a smaller model without retraining)." };
        var command = new Command("quotes", "Score quote and paraphrase attribution on a BRAT corpus: Source, Cue, Content F1 and speaker accuracy.") { dataset, model, misses, cueBias, prune };
        command.SetAction(parse => Run(parse.GetValue(dataset)!, parse.GetValue(model), (parse.GetValue(cueBias), parse.GetValue(prune)), parse.GetValue(misses), output, error));
        return command;
    }

    private static int Run(string path, string? modelFile, (float? CueBias, float? Prune) changes, string? missesFile, TextWriter output, TextWriter error)
    {
        ImmutableArray<AttributionDocument> corpus;
        QuoteAttributor attributor;
        try
        {
            corpus = AttributionCorpus.Load(path);
            var model = modelFile switch
            {
                null => AttributionModel.Default,
                "none" => null,
                _ => AttributionModel.LoadFile(modelFile),
            };
            model = changes.CueBias is { } bias ? model?.WithCueBias(bias) : model;
            model = changes.Prune is { } minimum ? model?.Pruned(minimum) : model;
            attributor = new QuoteAttributor(model);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine($"parallax eval quotes: {ex.Message}");
            return ExitCodes.NothingAnalysed;
        }

        if (corpus.IsEmpty)
        {
            error.WriteLine($"parallax eval quotes: {path}: no annotated texts.");
            return ExitCodes.NothingAnalysed;
        }

        var clock = Stopwatch.StartNew();
        var total = AttributionEvaluation.Score(corpus, attributor);
        var seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {total.Documents} documents"));
        output.WriteLine($"{"",-8} {"exact",-31} overlap");
        output.WriteLine($"{"Source",-8} {total.SourceExact,-31} {total.SourceOverlap}   (gold {total.SourceExact.Gold}, found {total.SourceExact.Predicted})");
        output.WriteLine($"{"Cue",-8} {total.CueExact,-31} {total.CueOverlap}   (gold {total.CueExact.Gold}, found {total.CueExact.Predicted})");
        output.WriteLine($"{"Content",-8} {total.ContentExact,-31} {total.ContentOverlap}   (gold {total.ContentExact.Gold}, found {total.ContentExact.Predicted})");
        output.WriteLine($"speaker of each matched content: {total.SpeakerSummary}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"annotated and scored in {seconds:0.00} s ({total.Documents / seconds:0.0} documents/s, all stages, on every core)"));
        if (missesFile is not null)
        {
            var written = WriteMisses(corpus, attributor, missesFile, error);
            if (written != ExitCodes.Success)
            {
                return written;
            }
        }

        var speed = AttributionEvaluation.TokensPerSecond(corpus, attributor);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"attribution stage alone: {speed:0} tokens/s on one thread (3 passes after a warm-up)"));
        return ExitCodes.Success;
    }

    private static int WriteMisses(ImmutableArray<AttributionDocument> corpus, QuoteAttributor attributor, string file, TextWriter error)
    {
        var byName = corpus.ToDictionary(d => d.Name, StringComparer.Ordinal);
        try
        {
            using var writer = new StreamWriter(file);
            writer.WriteLine("document\tfound (source cue content)\tsource\tcue\tcontent\tline of the cue");
            foreach (var miss in AttributionEvaluation.Misses(corpus, attributor))
            {
                var text = byName[miss.Document].Text;
                var found = $"{Flag(miss.SourceFound)}{Flag(miss.CueFound)}{Flag(miss.ContentFound)}";
                var anchor = miss.Gold.Cue ?? miss.Gold.Content ?? miss.Gold.Source;
                writer.WriteLine(string.Join('\t', miss.Document, found, Slice(text, miss.Gold.Source), Slice(text, miss.Gold.Cue), Slice(text, miss.Gold.Content), anchor is { } at ? LineAround(text, at) : ""));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"parallax eval quotes: {ex.Message}");
            return ExitCodes.NothingAnalysed;
        }

        return ExitCodes.Success;
    }

    private static char Flag(bool found) => found ? '+' : '-';

    private static string Slice(string text, TextSpan? span) => span is { } s ? OneLine(text.Substring(s.Start, s.Length)) : "";

    private static string LineAround(string text, TextSpan span)
    {
        var start = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        var end = text.IndexOf('\n', span.Start);
        return OneLine(text[start..(end < 0 ? text.Length : end)]);
    }

    private static string OneLine(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
