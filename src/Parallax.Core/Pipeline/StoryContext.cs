using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Stories;

namespace Parallax.Core.Pipeline;

/// <summary>What a story analyzer sees: the story, its annotated documents, and the near-duplicate links among them.</summary>
public sealed record StoryContext(Story Story, ImmutableArray<Document> Documents, ImmutableArray<DuplicateLink> Duplicates)
{
    /// <summary>The distinct outlets of the story, in order of first appearance.</summary>
    public ImmutableArray<string> Sources { get; } = [.. Documents.Select(d => d.Article.Source).Distinct(StringComparer.Ordinal)];
}
