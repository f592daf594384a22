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

    /// <summary>
    /// The context of <paramref name="story"/> in <paramref name="grouping"/>: its members, the links whose copy is a
    /// member, and the documents of the other stories of its storyline as <see cref="RelatedDocuments"/>.
    /// </summary>
    /// <param name="story">A story of <paramref name="grouping"/>.</param>
    /// <param name="grouping">The grouping it belongs to.</param>
    /// <param name="documentsById">Every grouped document by article id.</param>
    public static StoryContext For(Story story, StoryGrouping grouping, IReadOnlyDictionary<string, Document> documentsById)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(grouping);
        ArgumentNullException.ThrowIfNull(documentsById);
        var members = story.ArticleIds.Select(id => documentsById[id]).ToImmutableArray();
        var memberIds = story.ArticleIds.ToHashSet(StringComparer.Ordinal);
        var duplicates = grouping.Duplicates.Where(d => memberIds.Contains(d.ArticleId)).ToImmutableArray();
        var related = grouping.Stories
            .Where(s => s.StorylineId == story.StorylineId && s.Id != story.Id)
            .SelectMany(s => s.ArticleIds)
            .Select(id => documentsById[id])
            .ToImmutableArray();
        return new StoryContext(story, members, duplicates) { RelatedDocuments = related };
    }
}
