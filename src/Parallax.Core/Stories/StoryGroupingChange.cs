using System.Collections.Immutable;

namespace Parallax.Core.Stories;

/// <summary>
/// What changed in a story grouping since the last change was taken from a streaming detector: enough to update a
/// stored grouping without rewriting it.
/// </summary>
/// <param name="Stories">Stories that are new or changed (members added, title or storyline changed), each whole, in the order of their first article.</param>
/// <param name="Storylines">Storylines that are new or changed, each whole, in the order of their first story.</param>
/// <param name="RemovedStorylineIds">Storylines reported before that no longer exist (their stories moved to others).</param>
/// <param name="Duplicates">Near-duplicate links found since the last change.</param>
public sealed record StoryGroupingChange(
    ImmutableArray<Story> Stories,
    ImmutableArray<Storyline> Storylines,
    ImmutableArray<string> RemovedStorylineIds,
    ImmutableArray<DuplicateLink> Duplicates)
{
    /// <summary>The change as a whole grouping: what it is when it is the first change of a detector.</summary>
    public StoryGrouping ToGrouping() => new(Stories, Storylines, Duplicates);
}
