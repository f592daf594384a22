using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Quotes.Tagging;

/// <summary>
/// The weights a BIO span tagger scores with: <paramref name="Labels"/> gives a token's own features a weight per
/// label, <paramref name="Pairs"/> gives the features joined with the previous label a weight per (previous label,
/// label) pair, label <c>l</c> after <c>p</c> at index <c>p * LabelCount + l</c>. With only a bias feature in the
/// pairs this is a first-order model's transition matrix; word features there make it a transition per word.
/// </summary>
internal readonly record struct SpanScorer(ILabelScorer Labels, ILabelScorer Pairs, int LabelCount);
