using Parallax.Core.Articles;

namespace Parallax.Stories.Evaluation;

/// <summary>An article of <see cref="SyntheticNewsGenerator"/> with the event it reports.</summary>
/// <param name="Article">The article.</param>
/// <param name="Event">The event's key: articles with the same key report the same event (one story).</param>
public sealed record GeneratedArticle(Article Article, ulong Event);
