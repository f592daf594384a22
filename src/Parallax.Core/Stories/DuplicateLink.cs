namespace Parallax.Core.Stories;

/// <summary>An article that is a syndicated or lightly edited copy of another.</summary>
/// <param name="ArticleId">The copy.</param>
/// <param name="OriginalId">The article it derives from (the earlier one, or the first read).</param>
/// <param name="Similarity">Estimated Jaccard similarity of their shingles, 0..1.</param>
public sealed record DuplicateLink(string ArticleId, string OriginalId, double Similarity);
