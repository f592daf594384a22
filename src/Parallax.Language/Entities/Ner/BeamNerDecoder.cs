using System.Collections.Immutable;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// Labels a document's sentences with a beam search over BILOU sequences: at each token the best
/// <c>width</c> label sequences so far are extended by every label that may follow their last one, and the best
/// <c>width</c> kept; a sequence must end with a closed name. A token's own features are scored once, and the
/// features of the previous labels once per distinct previous label(s), not once per sequence. The prediction history (the class each capitalised
/// word was most often given earlier in the document, Ratinov and Roth) is taken as it stood before the sentence.
/// Training decodes the same way and makes Collins and Roark's (2004) early update: as soon as the correct sequence
/// falls out of the beam, its prefix is rewarded and the best sequence's prefix penalised, so the weights learn what
/// the search needs; the rest of the sentence is then decoded without learning, for the history.
/// </summary>
internal sealed class BeamNerDecoder
{
    // Rows of the label-score caches: one per previous label, and one for the sentence start.
    private const int Previous = BilouLabels.Count + 1;

    // The labels that may follow each label (index: label + 1, 0 for the sentence start), and those of them that
    // also close every name, for the last token.
    private static readonly int[][] AllowedAfter = [.. Enumerable.Range(-1, BilouLabels.Count + 1)
        .Select(p => Enumerable.Range(0, BilouLabels.Count).Where(l => BilouLabels.Allowed(p, l)).ToArray())];

    private static readonly int[][] ClosingAfter = [.. AllowedAfter
        .Select(labels => labels.Where(l => BilouLabels.Allowed(l, BilouLabels.Outside)).ToArray())];

    private readonly int width;
    private readonly List<List<ulong>> tokenFeatures = [];
    private readonly List<ulong> labelFeatures = new(8);
    private readonly List<ulong> otherLabelFeatures = new(8);
    private float[] tokenScores = new float[64 * BilouLabels.Count];

    // Step i's sequences: label[i * width + k] and back[i * width + k] (the sequence at step i - 1 it extends).
    private int[] label = new int[64 * 4];
    private int[] back = new int[64 * 4];
    private readonly float[] labelScores = new float[BilouLabels.Count];
    private float[] score;
    private float[] nextScore;

    // Scores of the label features, each computed once: the previous two labels alone (per decoder, as they do not
    // depend on the token) and the previous label with the token (per step, shared by the sequences ending alike).
    private readonly float[] pairScores = new float[Previous * Previous * BilouLabels.Count];
    private readonly bool[] pairScored = new bool[Previous * Previous];
    private readonly float[] contextScores = new float[Previous * BilouLabels.Count];
    private readonly int[] contextStep = new int[Previous];

    // Numbers the tokens decoded, so a context score is known to be this token's.
    private int step;

    /// <param name="width">The number of label sequences kept at each token; 1 is greedy decoding.</param>
    public BeamNerDecoder(int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        this.width = width;
        score = new float[width];
        nextScore = new float[width];
    }

    /// <summary>Labels every sentence; with <paramref name="gold"/> and <paramref name="learner"/>, learns from the errors.</summary>
    public int[][] Decode(IReadOnlyList<NerSentenceView> sentences, ILabelScorer scorer, IReadOnlyList<ImmutableArray<int>>? gold = null, AveragedPerceptron? learner = null)
    {
        var labels = new int[sentences.Count][];
        var history = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            ScoreTokens(sentence, scorer, history);
            labels[s] = learner is not null && gold is not null
                ? Search(sentence, scorer, gold[s], learner)
                : Search(sentence, scorer, default, null);
            Remember(sentence, labels[s], history);
        }

        return labels;
    }

    private void ScoreTokens(NerSentenceView sentence, ILabelScorer scorer, Dictionary<string, int[]> history)
    {
        var n = sentence.Length;
        while (tokenFeatures.Count < n)
        {
            tokenFeatures.Add(new List<ulong>(96));
        }

        if (tokenScores.Length < n * BilouLabels.Count)
        {
            tokenScores = new float[n * 2 * BilouLabels.Count];
        }

        for (var i = 0; i < n; i++)
        {
            var features = tokenFeatures[i];
            features.Clear();
            NerFeatureExtractor.AddStatic(sentence, i, features);
            var word = sentence.Words[i];
            NerFeatureExtractor.AddHistory(sentence, i, HistoryClass(char.IsUpper(word[0]) ? history.GetValueOrDefault(word) : null), features);
            scorer.Score(features, tokenScores.AsSpan(i * BilouLabels.Count, BilouLabels.Count));
        }
    }

    /// <summary>The best sequence for the sentence; with a learner, makes the early update against <paramref name="truth"/>.</summary>
    private int[] Search(NerSentenceView sentence, ILabelScorer scorer, ImmutableArray<int> truth, AveragedPerceptron? learner)
    {
        var n = sentence.Length;
        if (label.Length < n * width)
        {
            label = new int[n * 2 * width];
            back = new int[n * 2 * width];
        }

        var count = 1;
        score[0] = 0;
        if (learner is not null)
        {
            // The weights change between sentences in training.
            Array.Clear(pairScored);
        }

        // Which kept sequence is the correct prefix (-1 once it has fallen out, or without a truth to follow).
        var correct = learner is null ? -1 : 0;
        for (var i = 0; i < n; i++)
        {
            learner?.Tick();
            step++;
            var kept = 0;
            var correctNext = -1;
            for (var k = 0; k < count; k++)
            {
                var previous = LabelAt(i - 1, k);
                var beforePrevious = i >= 1 ? LabelAt(i - 2, back[((i - 1) * width) + k]) : -1;
                LabelScores(sentence, scorer, i, previous, beforePrevious);
                foreach (var l in i == n - 1 ? ClosingAfter[previous + 1] : AllowedAfter[previous + 1])
                {
                    var candidate = score[k] + tokenScores[(i * BilouLabels.Count) + l] + labelScores[l];
                    var isCorrect = k == correct && l == truth[i];
                    var slot = Insert(i, kept, k, l, candidate);
                    if (slot < 0)
                    {
                        continue;
                    }

                    kept = Math.Min(kept + 1, width);
                    correctNext = isCorrect ? slot : correctNext >= slot ? correctNext + 1 : correctNext;
                    if (correctNext >= width)
                    {
                        correctNext = -1;
                    }
                }
            }

            (score, nextScore) = (nextScore, score);
            count = kept;
            if (learner is not null && correct >= 0 && correctNext < 0)
            {
                // The correct prefix is out of the beam: learn from the prefixes up to here (early update).
                Update(sentence, truth, Sequence(i, 0), i, learner);
            }

            correct = correctNext;
        }

        var best = Sequence(n - 1, 0);
        if (learner is not null && correct > 0)
        {
            // The correct sequence survived but another one scored higher.
            Update(sentence, truth, best, n - 1, learner);
        }

        return best;
    }

    /// <summary>Sets <see cref="labelScores"/> to the scores of the label features of a sequence ending in <paramref name="previous"/>, <paramref name="beforePrevious"/>.</summary>
    private void LabelScores(NerSentenceView sentence, ILabelScorer scorer, int i, int previous, int beforePrevious)
    {
        var pair = ((previous + 1) * Previous) + beforePrevious + 1;
        var pairRow = pairScores.AsSpan(pair * BilouLabels.Count, BilouLabels.Count);
        if (!pairScored[pair])
        {
            labelFeatures.Clear();
            NerFeatureExtractor.AddLabelPair(previous, beforePrevious, labelFeatures);
            scorer.Score(labelFeatures, pairRow);
            pairScored[pair] = true;
        }

        var contextRow = contextScores.AsSpan((previous + 1) * BilouLabels.Count, BilouLabels.Count);
        if (contextStep[previous + 1] != step)
        {
            labelFeatures.Clear();
            NerFeatureExtractor.AddLabelContext(sentence, i, previous, labelFeatures);
            scorer.Score(labelFeatures, contextRow);
            contextStep[previous + 1] = step;
        }

        for (var l = 0; l < BilouLabels.Count; l++)
        {
            labelScores[l] = pairRow[l] + contextRow[l];
        }
    }

    /// <summary>
    /// Puts the candidate (extending sequence <paramref name="from"/> with <paramref name="candidateLabel"/>) into the
    /// step's sorted list of <paramref name="kept"/> sequences if it scores high enough; ties keep the earlier
    /// candidate, so the search is deterministic. Returns its slot, or -1.
    /// </summary>
    private int Insert(int i, int kept, int from, int candidateLabel, float candidate)
    {
        var slot = kept;
        while (slot > 0 && candidate > nextScore[slot - 1])
        {
            slot--;
        }

        if (slot >= width)
        {
            return -1;
        }

        var baseIndex = i * width;
        for (var j = Math.Min(kept, width - 1); j > slot; j--)
        {
            nextScore[j] = nextScore[j - 1];
            label[baseIndex + j] = label[baseIndex + j - 1];
            back[baseIndex + j] = back[baseIndex + j - 1];
        }

        nextScore[slot] = candidate;
        label[baseIndex + slot] = candidateLabel;
        back[baseIndex + slot] = from;
        return slot;
    }

    private int LabelAt(int i, int k) => i < 0 ? -1 : label[(i * width) + k];

    /// <summary>The labels of tokens 0..<paramref name="last"/> of the sequence kept in slot <paramref name="k"/> at step <paramref name="last"/>.</summary>
    private int[] Sequence(int last, int k)
    {
        var labels = new int[last + 1];
        for (var i = last; i >= 0; i--)
        {
            labels[i] = label[(i * width) + k];
            k = back[(i * width) + k];
        }

        return labels;
    }

    /// <summary>The structured perceptron update over tokens 0..<paramref name="last"/>: the truth's features up, the guess's down.</summary>
    private void Update(NerSentenceView sentence, ImmutableArray<int> truth, int[] guess, int last, AveragedPerceptron learner)
    {
        for (var i = 0; i <= last; i++)
        {
            int truthPrevious = i > 0 ? truth[i - 1] : -1, truthBefore = i > 1 ? truth[i - 2] : -1;
            int guessPrevious = i > 0 ? guess[i - 1] : -1, guessBefore = i > 1 ? guess[i - 2] : -1;
            if (truth[i] == guess[i] && truthPrevious == guessPrevious && truthBefore == guessBefore)
            {
                continue;
            }

            if (truth[i] != guess[i])
            {
                learner.Update(tokenFeatures[i], truth[i], guess[i]);
            }

            labelFeatures.Clear();
            NerFeatureExtractor.AddLabels(sentence, i, truthPrevious, truthBefore, labelFeatures);
            otherLabelFeatures.Clear();
            NerFeatureExtractor.AddLabels(sentence, i, guessPrevious, guessBefore, otherLabelFeatures);
            learner.Add(labelFeatures, truth[i], 1);
            learner.Add(otherLabelFeatures, guess[i], -1);
        }
    }

    private static void Remember(NerSentenceView sentence, int[] labels, Dictionary<string, int[]> history)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            var word = sentence.Words[i];
            if (!char.IsUpper(word[0]))
            {
                continue;
            }

            if (!history.TryGetValue(word, out var counts))
            {
                history[word] = counts = new int[5];
            }

            counts[labels[i] == BilouLabels.Outside ? 0 : 1 + (int)BilouLabels.KindOf(labels[i])]++;
        }
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
}
