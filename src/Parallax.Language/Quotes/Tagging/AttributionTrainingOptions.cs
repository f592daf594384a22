namespace Parallax.Language.Quotes.Tagging;

/// <summary>How <see cref="AttributionTrainer"/> trains.</summary>
/// <param name="MaxIterations">Passes over the training documents; with a development set, the best pass is kept.</param>
/// <param name="Seed">Seeds the order of documents in each pass, so training is reproducible.</param>
/// <param name="PruneBelow">Features whose largest averaged weight is smaller than this are dropped from the saved model.</param>
public sealed record AttributionTrainingOptions(int MaxIterations = 8, ulong Seed = 2016, float PruneBelow = 0.05f)
{
    public static AttributionTrainingOptions Default { get; } = new();
}
