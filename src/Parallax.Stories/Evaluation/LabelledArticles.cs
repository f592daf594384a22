using System.Collections.Immutable;
using Parallax.Core.Articles;

namespace Parallax.Stories.Evaluation;

/// <summary>Articles with their gold story labels: <c>Labels[i]</c> is the story of <c>Articles[i]</c>.</summary>
public sealed record LabelledArticles(string Name, ImmutableArray<Article> Articles, ImmutableArray<string> Labels);
