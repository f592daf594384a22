using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Quotes.Tagging;

/// <summary>
/// The averaged-perceptron weights of a span tagger being trained: one perceptron over labels, one over (previous
/// label, label) pairs, ticked together so that their averages weigh the same instants.
/// </summary>
internal sealed class SpanTaggerLearner(int labelCount)
{
    private readonly AveragedPerceptron labels = new(labelCount);
    private readonly AveragedPerceptron pairs = new(labelCount * labelCount);

    public int LabelCount => labelCount;

    /// <summary>The weights as they stand, for decoding during training.</summary>
    public SpanScorer Current => new(labels, pairs, labelCount);

    /// <summary>Counts <paramref name="tokens"/> more training instances.</summary>
    public void Tick(int tokens)
    {
        for (var t = 0; t < tokens; t++)
        {
            labels.Tick();
            pairs.Tick();
        }
    }

    /// <summary>Rewards <paramref name="truth"/> and penalises <paramref name="guess"/> for a token's own features.</summary>
    public void UpdateLabels(List<ulong> features, int truth, int guess) => labels.Update(features, truth, guess);

    /// <summary>Rewards the pair (<paramref name="truthPrevious"/>, <paramref name="truth"/>) and penalises (<paramref name="guessPrevious"/>, <paramref name="guess"/>) for the features joined with the previous label.</summary>
    public void UpdatePairs(List<ulong> features, int truthPrevious, int truth, int guessPrevious, int guess) =>
        pairs.Update(features, (truthPrevious * labelCount) + truth, (guessPrevious * labelCount) + guess);

    /// <summary>The averaged weights, without features whose largest weight is below <paramref name="pruneBelow"/>.</summary>
    public SpanTaggerWeights Average(float pruneBelow) =>
        new(labels.Average().Pruned(pruneBelow), pairs.Average().Pruned(pruneBelow), labelCount);
}
