using System.Collections.Immutable;
using Parallax.Language.Entities.Ner;

namespace Parallax.Language.PartsOfSpeech;

/// <summary>
/// Trains a <see cref="PosModel"/> on tagged sentences (CoNLL-2003's POS column) with the averaged perceptron,
/// decoding greedily on its own earlier choices as it will when tagging. Deterministic: the tag set is sorted,
/// documents are shuffled by a seeded generator each pass and training is one sequential pass.
/// </summary>
public static class PosTrainer
{
    /// <summary>
    /// Trains on <paramref name="training"/>; with <paramref name="development"/>, scores each pass on it and keeps the
    /// most accurate, the only use of it. <paramref name="log"/> gets a line per pass.
    /// </summary>
    public static PosTrainingResult Train(
        IReadOnlyList<ConllDocument> training,
        IReadOnlyList<ConllDocument>? development = null,
        PosTrainingOptions? options = null,
        TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        options ??= PosTrainingOptions.Default;
        var tags = training.SelectMany(d => d.Sentences).SelectMany(s => s.Tags).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        if (tags.Length < 2 || tags.Length > NerWeights.MaxLabels)
        {
            throw new InvalidDataException($"The training data has {tags.Length} tags; the tagger takes 2 to {NerWeights.MaxLabels}.");
        }

        var numbers = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var sentences = training.Select(d => d.Sentences.Select(s => (Features: new PosFeatures(s.Words), Gold: s.Tags.Select(t => numbers[t]).ToArray())).ToArray()).ToArray();
        var perceptron = new AveragedPerceptron(tags.Length);
        var order = Enumerable.Range(0, sentences.Length).ToArray();
        var random = new SplitMix64(options.Seed);
        var accuracies = ImmutableArray.CreateBuilder<double>();
        PosModel? best = null;
        var bestIteration = 0;
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            random.Shuffle(order);
            foreach (var d in order)
            {
                foreach (var (features, gold) in sentences[d])
                {
                    PosDecoder.Decode(features, tags.Length, perceptron, gold, perceptron);
                }
            }

            var model = new PosModel(tags, perceptron.Average().Pruned(options.PruneBelow));
            if (development is null)
            {
                (best, bestIteration) = (model, iteration);
                log?.WriteLine($"pass {iteration}: {model.FeatureCount} features");
                continue;
            }

            var accuracy = Evaluate(model, development).Accuracy;
            log?.WriteLine(FormattableString.Invariant($"pass {iteration}: {model.FeatureCount} features, development accuracy {accuracy:0.0000}"));
            if (best is null || accuracy > accuracies.Max())
            {
                (best, bestIteration) = (model, iteration);
            }

            accuracies.Add(accuracy);
        }

        return best is null
            ? throw new ArgumentException("Training needs at least one pass.", nameof(options))
            : new PosTrainingResult(best, bestIteration, accuracies.ToImmutable());
    }

    /// <summary>The token accuracy of <paramref name="model"/> on the gold tags of <paramref name="documents"/>.</summary>
    public static PosScore Evaluate(PosModel model, IReadOnlyList<ConllDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(documents);
        int tokens = 0, correct = 0;
        foreach (var sentence in documents.SelectMany(d => d.Sentences))
        {
            var tagged = model.TagNumbers(sentence.Words);
            for (var i = 0; i < tagged.Length; i++)
            {
                tokens++;
                correct += model.Tags[tagged[i]] == sentence.Tags[i] ? 1 : 0;
            }
        }

        return new PosScore(tokens, correct);
    }
}
