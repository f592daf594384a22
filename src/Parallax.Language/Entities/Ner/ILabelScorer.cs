namespace Parallax.Language.Entities.Ner;

/// <summary>Scores every label for a token's features: the weights being trained, or a trained model's.</summary>
internal interface ILabelScorer
{
    /// <summary>Writes the score of each label (as many as <paramref name="scores"/> holds) into <paramref name="scores"/>.</summary>
    void Score(List<ulong> features, Span<float> scores);
}
