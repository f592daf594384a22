using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Parallax.Core.Articles;
using Parallax.Core.Pipeline;
using Parallax.Core.Text;
using Parallax.Language;
using Parallax.Language.Quotes.Evaluation;

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
        var command = new Command("quotes", "Score quote and paraphrase attribution on a BRAT corpus: Source, Cue, Content F1 and speaker accuracy.") { dataset };
        command.SetAction(parse => Run(parse.GetValue(dataset)!, output, error));
        return command;
    }

    private static int Run(string path, TextWriter output, TextWriter error)
    {
        ImmutableArray<AttributionDocument> corpus;
        try
        {
            corpus = AttributionCorpus.Load(path);
        }
        catch (InvalidDataException ex)
        {
            error.WriteLine($"parallax eval quotes: {ex.Message}");
            return ExitCodes.NothingAnalysed;
        }

        if (corpus.IsEmpty)
        {
            error.WriteLine($"parallax eval quotes: {path}: no annotated texts.");
            return ExitCodes.NothingAnalysed;
        }

        var pipeline = new ParallaxPipelineBuilder().UseSentences().UseTokens().UseEntities().UseAttributions().Build();
        var scores = new AttributionScore[corpus.Length];
        Parallel.For(0, corpus.Length, i => scores[i] = AttributionScorer.ScoreDocument(corpus[i], Attribute(corpus[i], pipeline)));
        var total = scores.Aggregate(AttributionScore.Zero, static (sum, one) => sum.Plus(one));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {total.Documents} documents"));
        output.WriteLine($"{"",-8} {"exact",-31} overlap");
        output.WriteLine($"{"Source",-8} {total.SourceExact,-31} {total.SourceOverlap}   (gold {total.SourceExact.Gold}, found {total.SourceExact.Predicted})");
        output.WriteLine($"{"Cue",-8} {total.CueExact,-31} {total.CueOverlap}   (gold {total.CueExact.Gold}, found {total.CueExact.Predicted})");
        output.WriteLine($"{"Content",-8} {total.ContentExact,-31} {total.ContentOverlap}   (gold {total.ContentExact.Gold}, found {total.ContentExact.Predicted})");
        output.WriteLine($"speaker of each matched content: {total.SpeakerSummary}");
        return ExitCodes.Success;
    }

    // The text's non-blank lines become the article's paragraphs; the attributions found are mapped back to the
    // text's own offsets, paragraph by paragraph.
    private static List<SystemAttribution> Attribute(AttributionDocument gold, ParallaxPipeline pipeline)
    {
        var starts = new List<int>();
        var body = new List<string>();
        var text = gold.Text;
        for (var at = 0; at < text.Length;)
        {
            var end = text.IndexOf('\n', at);
            end = end < 0 ? text.Length : end;
            var line = text[at..end];
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                starts.Add(at + line.IndexOf(trimmed, StringComparison.Ordinal));
                body.Add(trimmed);
            }

            at = end + 1;
        }

        var article = new Article { Id = gold.Name, Path = gold.Name, Source = "polnear", Body = [.. body] };
        var document = pipeline.Annotate(article);
        int Map(int offset)
        {
            var spans = article.ParagraphSpans;
            var k = spans.Length - 1;
            while (k > 0 && spans[k].Start > offset)
            {
                k--;
            }

            return starts[k] + Math.Min(offset - spans[k].Start, spans[k].Length);
        }

        TextSpan? MapSpan(TextSpan? span) =>
            span is { Length: > 0 } s ? TextSpan.FromBounds(Map(s.Start), Map(s.End - 1) + 1) : null;

        return [.. document.Attributions.Select(a => new SystemAttribution(MapSpan(a.SourceSpan), MapSpan(a.Cue), MapSpan(a.Content)!.Value))];
    }
}
