namespace Parallax.Language.PartsOfSpeech;

/// <summary>Settings of <see cref="PosTrainer"/>.</summary>
/// <param name="MaxIterations">Passes over the training data (the best on the development data is kept when one is given).</param>
/// <param name="Seed">Seed of the document order of each pass.</param>
/// <param name="PruneBelow">Features whose largest averaged weight is smaller than this are dropped from the model.</param>
public sealed record PosTrainingOptions(int MaxIterations, ulong Seed, float PruneBelow)
{
    /// <summary>Eight passes, seed 1, pruning below 1: chosen on CoNLL-2003 valid.txt (see docs/entities.md).</summary>
    public static PosTrainingOptions Default { get; } = new(8, 1, 1f);
}
