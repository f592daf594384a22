using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Language.Clusters;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// Trains a <see cref="NerModel"/> on CoNLL-2003 documents with the averaged perceptron, decoding with the beam the
/// tagger uses (<see cref="BeamNerDecoder"/>) and its early update. Deterministic: documents are shuffled by a seeded generator and training is one sequential pass.
/// </summary>
public static class NerTrainer
{
    /// <summary>
    /// Trains on <paramref name="training"/>; with <paramref name="development"/>, scores each pass on it and keeps
    /// the best (the only use of it). <paramref name="log"/> gets a line per pass.
    /// </summary>
    public static NerTrainingResult Train(
        IReadOnlyList<ConllDocument> training,
        IReadOnlyList<ConllDocument>? development = null,
        NerTrainingOptions? options = null,
        TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        options ??= NerTrainingOptions.Default;
        var lowercase = LowercaseWords(training);
        var clusters = options.WordClusters ? WordClusters.Default : null;
        var gazetteer = NameGazetteer.Learn(training.SelectMany(Names));
        var views = new NerSentenceView[training.Count][];
        var gold = new ImmutableArray<int>[training.Count][];
        var folds = Math.Max(1, options.GazetteerFolds);
        for (var fold = 0; fold < folds; fold++)
        {
            var others = folds == 1 ? gazetteer : NameGazetteer.Learn(training.Where((_, d) => d % folds != fold).SelectMany(Names));
            for (var d = fold; d < training.Count; d += folds)
            {
                var sentences = training[d].Sentences;
                views[d] = NerModel.Views([.. sentences.Select(s => s.Words.ToArray())], others, lowercase, clusters);
                gold[d] = [.. sentences.Select(s => BilouLabels.Encode(s.Words.Length, IobChunks.Read(s.Tags)))];
            }
        }

        var perceptron = new AveragedPerceptron();
        var decoder = new BeamNerDecoder(options.BeamWidth);
        var order = Enumerable.Range(0, training.Count).ToArray();
        var random = new SplitMix64(options.Seed);
        var scores = ImmutableArray.CreateBuilder<double>();
        NerWeights? best = null;
        var bestIteration = 0;
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            random.Shuffle(order);
            foreach (var d in order)
            {
                decoder.Decode(views[d], perceptron, gold[d], perceptron);
            }

            var averaged = perceptron.Average();
            if (development is null)
            {
                best = averaged;
                bestIteration = iteration;
                log?.WriteLine($"pass {iteration}: {perceptron.FeatureCount} features");
                continue;
            }

            var f1 = Evaluate(new NerModel(averaged, gazetteer, lowercase, clusters, options.BeamWidth), development).Overall.F1;
            log?.WriteLine(FormattableString.Invariant($"pass {iteration}: {perceptron.FeatureCount} features, development F1 {f1:0.0000}"));
            if (best is null || f1 > scores.Max())
            {
                best = averaged;
                bestIteration = iteration;
            }

            scores.Add(f1);
        }

        if (best is null)
        {
            throw new ArgumentException("Training needs at least one pass.", nameof(options));
        }

        var model = new NerModel(best.Pruned(options.PruneBelow), gazetteer, lowercase, clusters, options.BeamWidth);
        return new NerTrainingResult(model, bestIteration, scores.ToImmutable());
    }

    /// <summary>Tags every document of <paramref name="documents"/> with <paramref name="model"/> and scores it (exact spans).</summary>
    public static NerScore Evaluate(NerModel model, IEnumerable<ConllDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(documents);
        var scorer = new NerScorer();
        foreach (var document in documents)
        {
            var predicted = model.Tag([.. document.Sentences.Select(s => s.Words.ToArray())]);
            for (var s = 0; s < predicted.Length; s++)
            {
                var sentence = document.Sentences[s];
                scorer.Add(sentence.Words.Length, IobChunks.Read(sentence.Tags), predicted[s]);
            }
        }

        return scorer.Score();
    }

    private static IEnumerable<(IReadOnlyList<string> Words, EntityKind Kind)> Names(ConllDocument document) =>
        document.Sentences.SelectMany(s => IobChunks.Read(s.Tags).Select(t => ((IReadOnlyList<string>)s.Words.Skip(t.FirstToken).Take(t.TokenCount).ToArray(), t.Kind)));

    private static HashedWords LowercaseWords(IEnumerable<ConllDocument> documents) =>
        HashedWords.Of(documents.SelectMany(d => d.Sentences).SelectMany(s => s.Words)
            .Where(w => w.Any(char.IsLetter) && !w.Any(char.IsUpper)));
}
