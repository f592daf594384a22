using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Stories;

namespace Parallax.Core.Pipeline;

/// <summary>What a story analyzer sees: the story, its annotated documents, and the near-duplicate links among them.</summary>
/// <param name="Story">The story.</param>
/// <param name="Documents">Its member documents, in story order.</param>
/// <param name="Duplicates">Near-duplicate links whose copy is a member.</param>
public sealed record StoryContext(Story Story, ImmutableArray<Document> Documents, ImmutableArray<DuplicateLink> Duplicates)
{
    /// <summary>The distinct outlets of the story, in order of first appearance.</summary>
    public ImmutableArray<string> Sources { get; } = [.. Documents.Select(d => d.Article.Source).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Documents of the other stories in the same storyline: the same subject at other times. Analyzers may compare
    /// against them (e.g. a figure that changed between events) but must keep them apart from the story's own.
    /// </summary>
    public ImmutableArray<Document> RelatedDocuments { get; init; } = [];
}
