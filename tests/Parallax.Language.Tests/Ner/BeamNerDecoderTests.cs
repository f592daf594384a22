using Parallax.Core.Annotations;
using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Tests.Ner;

public class BeamNerDecoderTests
{
    private static readonly NerSentenceView Sentence = NerModel.Views(
        [["Oumlil", "visited", "Valdor"]],
        NameGazetteer.Learn([(["Valdor"], EntityKind.Location)]),
        HashedWords.Of(["visited"]),
        clusters: null)[0];

    /// <summary>A weight for every label of every feature the decoder can look up on <see cref="Sentence"/>, drawn from a seeded generator.</summary>
    private static NerWeights RandomWeights(ulong seed)
    {
        var keys = new HashSet<ulong>();
        var features = new List<ulong>();
        for (var i = 0; i < Sentence.Length; i++)
        {
            NerFeatureExtractor.AddStatic(Sentence, i, features);
            NerFeatureExtractor.AddHistory(Sentence, i, 0, features);
            for (var previous = -1; previous < BilouLabels.Count; previous++)
            {
                for (var before = -1; before < BilouLabels.Count; before++)
                {
                    NerFeatureExtractor.AddLabels(Sentence, i, previous, before, features);
                }
            }
        }

        keys.UnionWith(features);
        var random = new SplitMix64(seed);
        var sorted = keys.Order().ToArray();
        var weights = new float[sorted.Length * BilouLabels.Count];
        for (var w = 0; w < weights.Length; w++)
        {
            weights[w] = (float)((random.Next() % 2001) / 1000.0) - 1f;
        }

        return new NerWeights(sorted, weights);
    }

    /// <summary>The score the decoder gives a whole label sequence: each token's own features, then its label features.</summary>
    private static float ScoreOf(NerWeights weights, int[] labels)
    {
        var total = 0f;
        var scores = new float[BilouLabels.Count];
        var features = new List<ulong>();
        for (var i = 0; i < labels.Length; i++)
        {
            features.Clear();
            NerFeatureExtractor.AddStatic(Sentence, i, features);
            NerFeatureExtractor.AddHistory(Sentence, i, 0, features);
            weights.Score(features, scores);
            total += scores[labels[i]];
            features.Clear();
            NerFeatureExtractor.AddLabels(Sentence, i, i > 0 ? labels[i - 1] : -1, i > 1 ? labels[i - 2] : -1, features);
            weights.Score(features, scores);
            total += scores[labels[i]];
        }

        return total;
    }

    private static bool WellFormed(int[] labels)
    {
        var previous = -1;
        foreach (var label in labels)
        {
            if (!BilouLabels.Allowed(previous, label))
            {
                return false;
            }

            previous = label;
        }

        return BilouLabels.Allowed(previous, BilouLabels.Outside);
    }

    private static IEnumerable<int[]> AllSequences(int length)
    {
        var total = (int)Math.Pow(BilouLabels.Count, length);
        for (var code = 0; code < total; code++)
        {
            var labels = new int[length];
            var rest = code;
            for (var i = 0; i < length; i++)
            {
                labels[i] = rest % BilouLabels.Count;
                rest /= BilouLabels.Count;
            }

            yield return labels;
        }
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void A_beam_wide_enough_for_every_sequence_finds_the_best_well_formed_one(ulong seed)
    {
        var weights = RandomWeights(seed);
        var best = AllSequences(Sentence.Length).Where(WellFormed).MaxBy(l => ScoreOf(weights, l))!;

        var decoded = new BeamNerDecoder(width: 5000).Decode([Sentence], weights)[0];

        Assert.Equal(best, decoded);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void A_beam_of_one_takes_the_best_allowed_label_at_each_token(ulong seed)
    {
        var weights = RandomWeights(seed);
        var greedy = new List<int>();
        for (var i = 0; i < Sentence.Length; i++)
        {
            var last = i == Sentence.Length - 1;
            greedy.Add(Enumerable.Range(0, BilouLabels.Count)
                .Where(l => BilouLabels.Allowed(greedy.Count > 0 ? greedy[^1] : -1, l) && (!last || BilouLabels.Allowed(l, BilouLabels.Outside)))
                .MaxBy(l => ScoreOf(weights, [.. greedy, l])));
        }

        var decoded = new BeamNerDecoder(width: 1).Decode([Sentence], weights)[0];

        Assert.Equal(greedy, decoded);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Decoded_sequences_are_well_formed_whatever_the_weights(int width)
    {
        for (var seed = 10UL; seed < 30; seed++)
        {
            var decoded = new BeamNerDecoder(width).Decode([Sentence], RandomWeights(seed))[0];

            Assert.True(WellFormed(decoded), string.Join(" ", decoded.Select(BilouLabels.Name)));
        }
    }

    [Fact]
    public void Beam_training_learns_its_training_names_and_the_model_keeps_its_width()
    {
        var documents = NerFixtures.Documents();

        var model = NerTrainer.Train(documents, documents, NerFixtures.Options with { BeamWidth = 3 }).Model;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        Assert.Equal(1.0, NerTrainer.Evaluate(model, documents).Overall.F1);
        Assert.Equal(3, NerModel.Load(stream).BeamWidth);
    }
}
