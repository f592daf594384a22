namespace Parallax.Stories.Features;

/// <summary>An article's term, name and anchor counts, numbered in the stream's key tables (see <see cref="NumberedCounts"/>).</summary>
internal sealed record NumberedFeatures(NumberedCounts Terms, NumberedCounts Names, NumberedCounts Anchors);
