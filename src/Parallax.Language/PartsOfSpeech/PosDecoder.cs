using Parallax.Language.Entities.Ner;

namespace Parallax.Language.PartsOfSpeech;

/// <summary>
/// Tags a sentence greedily left to right, each token with the best-scoring tag given the two chosen before it.
/// Training runs the same pass on the tagger's own earlier choices and updates the weights where a tag is wrong.
/// </summary>
internal static class PosDecoder
{
    public const int NoTag = -1;

    /// <summary>The tag numbers of the sentence; with <paramref name="gold"/> and <paramref name="learner"/>, learns from the errors.</summary>
    public static int[] Decode(PosFeatures sentence, int tagCount, ILabelScorer scorer, int[]? gold = null, AveragedPerceptron? learner = null)
    {
        var tags = new int[sentence.Length];
        var features = new List<ulong>(24);
        Span<float> scores = stackalloc float[tagCount];
        int previous = NoTag, beforePrevious = NoTag;
        for (var i = 0; i < tags.Length; i++)
        {
            features.Clear();
            sentence.Add(i, previous, beforePrevious, features);
            scorer.Score(features, scores);
            var guess = 0;
            for (var t = 1; t < tagCount; t++)
            {
                if (scores[t] > scores[guess])
                {
                    guess = t;
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

            tags[i] = guess;
            beforePrevious = previous;
            previous = guess;
        }

        return tags;
    }
}
