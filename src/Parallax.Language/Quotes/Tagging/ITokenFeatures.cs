namespace Parallax.Language.Quotes.Tagging;

/// <summary>Computes the features of a token of a paragraph given the label chosen for the token before it.</summary>
internal interface ITokenFeatures
{
    /// <summary>Adds the feature keys of token <paramref name="i"/> to <paramref name="features"/>.</summary>
    void Add(int i, int previous, List<ulong> features);
}
