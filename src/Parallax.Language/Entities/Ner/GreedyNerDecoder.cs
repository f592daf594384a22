using System.Collections.Immutable;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// Labels a document's sentences left to right, each token with the best-scoring label that may follow the previous
/// one (so the BILOU sequence stays well formed up to the sentence end). Earlier labels feed later decisions: the
/// previous two labels, and per document the class each capitalised word was most often given so far (Ratinov and
/// Roth's prediction history). Training uses the same pass, updating the weights where the label is wrong.
/// </summary>
internal static class GreedyNerDecoder
{
    /// <summary>Labels every sentence; with <paramref name="gold"/> and <paramref name="learner"/>, learns from the errors.</summary>
    public static int[][] Decode(IReadOnlyList<NerSentenceView> sentences, ILabelScorer scorer, IReadOnlyList<ImmutableArray<int>>? gold = null, AveragedPerceptron? learner = null)
    {
        var labels = new int[sentences.Count][];
        var history = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var features = new List<ulong>(96);
        Span<float> scores = stackalloc float[BilouLabels.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var assigned = labels[s] = new int[sentence.Length];
            int previous = -1, beforePrevious = -1;
            for (var i = 0; i < sentence.Length; i++)
            {
                var word = sentence.Words[i];
                var counts = char.IsUpper(word[0]) ? history.GetValueOrDefault(word) : null;
                features.Clear();
                NerFeatureExtractor.AddStatic(sentence, i, features);
                NerFeatureExtractor.AddDynamic(sentence, i, previous, beforePrevious, HistoryClass(counts), features);
                scorer.Score(features, scores);
                var guess = Best(scores, previous);
                if (learner is not null && gold is not null)
                {
                    learner.Tick();
                    var truth = gold[s][i];
                    if (truth != guess)
                    {
                        learner.Update(features, truth, guess);
                    }
                }

                assigned[i] = guess;
                if (char.IsUpper(word[0]))
                {
                    if (counts is null)
                    {
                        history[word] = counts = new int[5];
                    }

                    counts[guess == BilouLabels.Outside ? 0 : 1 + (int)BilouLabels.KindOf(guess)]++;
                }

                beforePrevious = previous;
                previous = guess;
            }
        }

        return labels;
    }

    private static int HistoryClass(int[]? counts)
    {
        if (counts is null)
        {
            return 0;
        }

        var best = 0;
        for (var c = 1; c < counts.Length; c++)
        {
            if (counts[c] > counts[best])
            {
                best = c;
            }
        }

        return 1 + best;
    }

    private static int Best(ReadOnlySpan<float> scores, int previous)
    {
        var best = -1;
        for (var l = 0; l < scores.Length; l++)
        {
            if (BilouLabels.Allowed(previous, l) && (best < 0 || scores[l] > scores[best]))
            {
                best = l;
            }
        }

        return best;
    }
}
