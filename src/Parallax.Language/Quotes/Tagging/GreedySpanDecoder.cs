using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Quotes.Tagging;

/// <summary>
/// Labels a paragraph's tokens left to right, each with the best-scoring <see cref="SpanLabels"/> label that may
/// follow the previous one. Training runs the same pass and updates the weights where the label is wrong, as the
/// entity tagger's decoder does.
/// </summary>
internal static class GreedySpanDecoder
{
    /// <summary>
    /// Labels <paramref name="length"/> tokens; with <paramref name="gold"/> and <paramref name="learner"/>, learns
    /// from the errors. <paramref name="beginBias"/> is added to the score of every Begin label: above 0 it trades
    /// precision for recall when tagging (never when learning).
    /// </summary>
    public static int[] Decode(int length, int labelCount, ITokenFeatures source, ILabelScorer scorer, float beginBias = 0, int[]? gold = null, AveragedPerceptron? learner = null)
    {
        var labels = new int[length];
        var features = new List<ulong>(64);
        Span<float> scores = stackalloc float[labelCount];
        var previous = SpanLabels.Outside;
        for (var i = 0; i < length; i++)
        {
            features.Clear();
            source.Add(i, previous, features);
            scorer.Score(features, scores);
            for (var l = 1; l < labelCount; l += 2)
            {
                scores[l] += beginBias;
            }

            var guess = SpanLabels.Outside;
            for (var l = 1; l < labelCount; l++)
            {
                if (SpanLabels.Allowed(previous, l) && scores[l] > scores[guess])
                {
                    guess = l;
                }
            }

            if (learner is not null && gold is not null)
            {
                learner.Tick();
                if (gold[i] != guess)
                {
                    learner.Update(features, gold[i], guess);
                }
            }

            labels[i] = guess;
            previous = guess;
        }

        return labels;
    }
}
