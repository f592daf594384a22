namespace Parallax.Stories.Evaluation;

/// <summary>How well a clustering matches a gold clustering of the same items.</summary>
/// <param name="BCubed">B-cubed precision and recall (Bagga and Baldwin 1998): per item, averaged over items.</param>
/// <param name="Pairwise">Pairwise precision and recall over item pairs placed together.</param>
/// <param name="Items">The number of items scored.</param>
/// <param name="GoldClusters">The number of gold clusters.</param>
/// <param name="PredictedClusters">The number of predicted clusters.</param>
public sealed record ClusteringScores(
    PrecisionRecall BCubed,
    PrecisionRecall Pairwise,
    int Items,
    int GoldClusters,
    int PredictedClusters);
