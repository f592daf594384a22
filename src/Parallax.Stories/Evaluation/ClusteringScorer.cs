namespace Parallax.Stories.Evaluation;

/// <summary>
/// Scores a clustering against gold labels with B-cubed and pairwise precision, recall and F1, in linear time
/// from the contingency counts.
/// </summary>
public static class ClusteringScorer
{
    /// <summary>
    /// Scores <paramref name="predicted"/> against <paramref name="gold"/>, where item <c>i</c> has gold label
    /// <c>gold[i]</c> and predicted label <c>predicted[i]</c>. When no pair is placed together (or none belongs
    /// together), pairwise precision (or recall) is 1: nothing was claimed, so nothing was claimed wrongly.
    /// </summary>
    public static ClusteringScores Score(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Gold and predicted labels must cover the same items.", nameof(predicted));
        }

        var n = gold.Count;
        if (n == 0)
        {
            return new ClusteringScores(new PrecisionRecall(1, 1), new PrecisionRecall(1, 1), 0, 0, 0);
        }

        var goldSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var predictedSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var jointSizes = new Dictionary<(string Gold, string Predicted), long>();
        for (var i = 0; i < n; i++)
        {
            goldSizes[gold[i]] = goldSizes.GetValueOrDefault(gold[i]) + 1;
            predictedSizes[predicted[i]] = predictedSizes.GetValueOrDefault(predicted[i]) + 1;
            var key = (gold[i], predicted[i]);
            jointSizes[key] = jointSizes.GetValueOrDefault(key) + 1;
        }

        // B-cubed: item i's precision is |its gold ∩ its predicted cluster| / |its predicted cluster|; the items of
        // one joint cell share it, so each cell contributes size² / cluster size.
        var bcubedPrecision = 0.0;
        var bcubedRecall = 0.0;
        var jointPairs = 0L;
        foreach (var ((goldLabel, predictedLabel), size) in jointSizes)
        {
            bcubedPrecision += (double)size * size / predictedSizes[predictedLabel];
            bcubedRecall += (double)size * size / goldSizes[goldLabel];
            jointPairs += Pairs(size);
        }

        var predictedPairs = predictedSizes.Values.Sum(Pairs);
        var goldPairs = goldSizes.Values.Sum(Pairs);
        return new ClusteringScores(
            new PrecisionRecall(bcubedPrecision / n, bcubedRecall / n),
            new PrecisionRecall(Ratio(jointPairs, predictedPairs), Ratio(jointPairs, goldPairs)),
            n,
            goldSizes.Count,
            predictedSizes.Count);
    }

    private static long Pairs(long size) => size * (size - 1) / 2;

    private static double Ratio(long part, long whole) => whole == 0 ? 1 : (double)part / whole;
}
