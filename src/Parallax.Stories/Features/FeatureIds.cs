namespace Parallax.Stories.Features;

/// <summary>
/// The numbers (in the stream's <see cref="KeyTable"/>s) of an article's term, name and anchor keys, in the order
/// of its <see cref="RawFeatures"/> counts.
/// </summary>
internal sealed record FeatureIds(int[] Terms, int[] Names, int[] Anchors);
