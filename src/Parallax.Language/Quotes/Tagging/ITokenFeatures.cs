namespace Parallax.Language.Quotes.Tagging;

/// <summary>
/// Computes the features of a token of a paragraph in two parts: those of the token alone, weighted per label, and
/// those joined with the previous label, weighted per (previous label, label) pair. Kept apart so that a decoder can
/// score every previous label at once (Viterbi) instead of computing a token's features once per previous label.
/// </summary>
internal interface ITokenFeatures
{
    /// <summary>Adds the keys of token <paramref name="i"/>'s own features to <paramref name="features"/>.</summary>
    void AddObserved(int i, List<ulong> features);

    /// <summary>Adds the keys of the features of token <paramref name="i"/> that are joined with the previous label.</summary>
    void AddTransition(int i, List<ulong> features);
}
