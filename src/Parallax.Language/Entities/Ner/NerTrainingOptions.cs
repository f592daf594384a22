namespace Parallax.Language.Entities.Ner;

/// <summary>How <see cref="NerTrainer"/> trains.</summary>
/// <param name="MaxIterations">Passes over the training documents; with a development set, the best pass is kept.</param>
/// <param name="Seed">Seeds the order of documents in each pass, so training is reproducible.</param>
/// <param name="GazetteerFolds">
/// The training documents are split into this many folds, and a document's gazetteer features come from the names of
/// the other folds: otherwise every training name would be in the gazetteer and the model would learn to trust it
/// blindly, which it cannot do on unseen text.
/// </param>
/// <param name="PruneBelow">Features whose largest averaged weight is smaller than this are dropped from the saved model.</param>
/// <param name="BeamWidth">
/// The label sequences the decoder keeps at each token, in training and in the saved model (<see cref="BeamNerDecoder"/>);
/// 1 decodes greedily.
/// </param>
/// <param name="WordClusters">
/// Whether the tokens' word clusters (<see cref="Clusters.WordClusters.Default"/>) are features: off by default, as
/// they did not raise the development F1 beyond what the seed moves (docs/entities.md).
/// </param>
public sealed record NerTrainingOptions(int MaxIterations = 15, ulong Seed = 2003, int GazetteerFolds = 10, float PruneBelow = 0f, int BeamWidth = 4, bool WordClusters = false)
{
    public static NerTrainingOptions Default { get; } = new();
}
