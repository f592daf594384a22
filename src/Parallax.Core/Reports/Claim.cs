namespace Parallax.Core.Reports;

/// <summary>One side of a conflict: what one outlet says.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Value">The value it gives, as written ("fourth year").</param>
/// <param name="Source">The outlet.</param>
/// <param name="ArticleId">The article.</param>
/// <param name="Sentence">The sentence with its location.</param>
public sealed record Claim(string Text, string Value, string Source, string ArticleId, SourceSentence Sentence);
