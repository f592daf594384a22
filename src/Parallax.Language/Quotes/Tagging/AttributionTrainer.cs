using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Text;
using Parallax.Language.Entities.Ner;
using Parallax.Language.Quotes.Evaluation;

namespace Parallax.Language.Quotes.Tagging;

/// <summary>
/// Trains an <see cref="AttributionModel"/> on an attribution corpus (PolNeAR) with the averaged perceptron. The
/// texts go through the default language stages (sentences, tokens, entities) so the features are those seen when
/// tagging; the gold Cue, Source and Content spans become BIO labels. The role tagger learns from the gold cues.
/// Deterministic: documents are shuffled by a seeded generator and training is one sequential pass.
/// </summary>
public static class AttributionTrainer
{
    /// <summary>
    /// Trains on <paramref name="training"/>; with <paramref name="development"/>, scores each pass on it (the mean of
    /// the Source, Cue and Content overlap F1) and keeps the best, the only use of it. <paramref name="log"/> gets a
    /// line per pass.
    /// </summary>
    public static AttributionTrainingResult Train(
        IReadOnlyList<AttributionDocument> training,
        IReadOnlyList<AttributionDocument>? development = null,
        AttributionTrainingOptions? options = null,
        TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        options ??= AttributionTrainingOptions.Default;
        var examples = Prepare(training);

        // Each document's cue tagger reads a lexicon counted on the other folds' documents, so that the class of a
        // stem seen only in this document is what it will be for a stem first met when tagging; the model keeps the
        // lexicon of all of them.
        var lexicons = FoldLexicons(examples, options.LexiconFolds);
        var lexicon = options.LexiconFolds > 1 ? CueLexicon.Learn(examples.SelectMany(d => d.Select(p => (p.Paragraph, p.Cues)))) : CueLexicon.Empty;
        var roleCues = options.CueFolds > 1 ? FoldCues(examples, lexicons, options) : [.. examples.Select(d => d.Select(p => p.Cues).ToList())];
        var cueLearner = new SpanTaggerLearner(AttributionModel.CueLabels);
        var roleLearner = new SpanTaggerLearner(AttributionModel.RoleLabels);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new SplitMix64(options.Seed);
        var scores = ImmutableArray.CreateBuilder<double>();
        AttributionModel? best = null;
        var bestIteration = 0;
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            random.Shuffle(order);
            foreach (var d in order)
            {
                for (var p = 0; p < examples[d].Count; p++)
                {
                    var (paragraph, cues, roles) = examples[d][p];
                    SpanDecoder.Learn(options.Decoding, paragraph.Length, new CueFeatures(paragraph, lexicons[d]), cueLearner, cues);
                    SpanDecoder.Learn(options.Decoding, paragraph.Length, new RoleFeatures(paragraph, roleCues[d][p]), roleLearner, roles);
                }
            }

            var model = new AttributionModel(cueLearner.Average(options.PruneBelow), roleLearner.Average(options.PruneBelow), options.CueBias, options.Decoding, lexicon);
            if (development is null)
            {
                best = model;
                bestIteration = iteration;
                log?.WriteLine($"pass {iteration}: {model.FeatureCount} features");
                continue;
            }

            var score = AttributionEvaluation.Score(development, new QuoteAttributor(model));
            var mean = (score.SourceOverlap.F1 + score.CueOverlap.F1 + score.ContentOverlap.F1) / 3;
            log?.WriteLine(FormattableString.Invariant(
                $"pass {iteration}: {model.FeatureCount} features, development overlap F1 source {score.SourceOverlap.F1:0.000} cue {score.CueOverlap.F1:0.000} content {score.ContentOverlap.F1:0.000}, mean {mean:0.0000}"));
            if (best is null || mean > scores.Max())
            {
                best = model;
                bestIteration = iteration;
            }

            scores.Add(mean);
        }

        return best is null
            ? throw new ArgumentException("Training needs at least one pass.", nameof(options))
            : new AttributionTrainingResult(best, bestIteration, scores.ToImmutable());
    }

    /// <summary>
    /// Per document and paragraph, the cue labels a cue tagger trained without the document's fold gives it
    /// (documents are dealt to folds in turn; each fold's tagger sees the others in a seeded order).
    /// </summary>
    private static List<List<int[]>> FoldCues(List<List<(AttributionParagraph Paragraph, int[] Cues, int[] Roles)>> examples, CueLexicon[] lexicons, AttributionTrainingOptions options)
    {
        var predicted = new List<int[]>[examples.Count];
        for (var fold = 0; fold < options.CueFolds; fold++)
        {
            var learner = new SpanTaggerLearner(AttributionModel.CueLabels);
            var order = Enumerable.Range(0, examples.Count).Where(d => d % options.CueFolds != fold).ToArray();
            var random = new SplitMix64(options.Seed + (ulong)fold + 1);
            for (var iteration = 0; iteration < options.FoldIterations; iteration++)
            {
                random.Shuffle(order);
                foreach (var d in order)
                {
                    foreach (var (paragraph, cues, _) in examples[d])
                    {
                        SpanDecoder.Learn(options.Decoding, paragraph.Length, new CueFeatures(paragraph, lexicons[d]), learner, cues);
                    }
                }
            }

            var weights = learner.Average(0);
            for (var d = fold; d < examples.Count; d += options.CueFolds)
            {
                predicted[d] = [.. examples[d].Select(e => SpanDecoder.Decode(options.Decoding, LabelLattice.Of(e.Paragraph.Length, new CueFeatures(e.Paragraph, lexicons[d]), weights.Scorer, options.CueBias)))];
            }
        }

        return [.. predicted];
    }

    /// <summary>Per document, the <see cref="CueLexicon"/> of the documents outside its fold (documents dealt to <paramref name="folds"/> folds in turn); empty lexicons with fewer than two folds.</summary>
    internal static CueLexicon[] FoldLexicons(List<List<(AttributionParagraph Paragraph, int[] Cues, int[] Roles)>> examples, int folds)
    {
        if (folds < 2)
        {
            return [.. examples.Select(_ => CueLexicon.Empty)];
        }

        var byFold = Enumerable.Range(0, folds)
            .Select(fold => CueLexicon.Learn(examples.Where((_, d) => d % folds != fold).SelectMany(d => d.Select(p => (p.Paragraph, p.Cues)))))
            .ToArray();
        return [.. examples.Select((_, d) => byFold[d % folds])];
    }

    // Per document, per paragraph: the view and its gold cue and role labels.
    private static List<List<(AttributionParagraph Paragraph, int[] Cues, int[] Roles)>> Prepare(IReadOnlyList<AttributionDocument> training)
    {
        var pipeline = new ParallaxPipelineBuilder().UseSentences().UseTokens().UseEntities().Build();
        var examples = new List<(AttributionParagraph, int[], int[])>[training.Count];
        Parallel.For(0, training.Count, d =>
        {
            var article = CorpusArticle.From(training[d].Name, training[d].Text);
            var document = pipeline.Annotate(article.Article);
            var context = new AttributionContext(document, QuoteScanner.Scan(document));
            var cueLabels = Paint(document.Tokens, Mapped(article, training[d].Cues), 0);
            var roleLabels = Paint(document.Tokens, Mapped(article, training[d].Contents), AttributionModel.ContentRole);
            var sources = Paint(document.Tokens, Mapped(article, training[d].Sources), AttributionModel.SourceRole);
            for (var t = 0; t < roleLabels.Length; t++)
            {
                // A source inside another attribution's content is labelled a source: it is the shorter span.
                roleLabels[t] = sources[t] != SpanLabels.Outside ? sources[t] : roleLabels[t];
                if (SpanLabels.RoleOf(roleLabels[t]) >= 0 && !SpanLabels.Allowed(t > 0 ? roleLabels[t - 1] : SpanLabels.Outside, roleLabels[t]))
                {
                    roleLabels[t] = SpanLabels.Begin(SpanLabels.RoleOf(roleLabels[t])); // a content resumed after a source inside it
                }
            }

            examples[d] = [.. AttributionParagraph.Of(context).Select(p => (p, Slice(cueLabels, p), Slice(roleLabels, p)))];
        });
        return [.. examples];
    }

    // A span running on from the previous paragraph begins again in this one.
    private static int[] Slice(int[] labels, AttributionParagraph paragraph)
    {
        var slice = labels[paragraph.FirstToken..(paragraph.FirstToken + paragraph.Length)];
        if (slice.Length > 0 && !SpanLabels.Allowed(SpanLabels.Outside, slice[0]))
        {
            slice[0] = SpanLabels.Begin(SpanLabels.RoleOf(slice[0]));
        }

        return slice;
    }

    private static IEnumerable<TextSpan> Mapped(CorpusArticle article, ImmutableArray<TextSpan> spans) =>
        spans.Select(article.ToArticle).OfType<TextSpan>();

    /// <summary>BIO labels of <paramref name="role"/> for the tokens <paramref name="spans"/> cover; a later span starting inside an earlier one extends it.</summary>
    private static int[] Paint(ImmutableArray<Token> tokens, IEnumerable<TextSpan> spans, int role)
    {
        var labels = new int[tokens.Length];
        var t = 0;
        foreach (var span in spans.Order())
        {
            while (t > 0 && tokens[t - 1].Span.End > span.Start)
            {
                t--;
            }

            while (t < tokens.Length && tokens[t].Span.End <= span.Start)
            {
                t++;
            }

            for (var k = t; k < tokens.Length && tokens[k].Span.Start < span.End; k++)
            {
                if (labels[k] == SpanLabels.Outside)
                {
                    labels[k] = k == t ? SpanLabels.Begin(role) : SpanLabels.Inside(role);
                }
            }
        }

        return labels;
    }
}
