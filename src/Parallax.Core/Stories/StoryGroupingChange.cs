using System.Collections.Immutable;

namespace Parallax.Core.Stories;

/// <summary>
/// What changed in a story grouping since the last change was taken from a streaming detector: enough to update a
/// stored grouping without rewriting it. A story is reported with the articles that joined it since the last change,
/// and a storyline with the stories that joined it, so the size of a change follows what changed, not how long a
/// story or storyline has run; a story leaves the storyline it was in when it is reported with another
/// <see cref="Story.StorylineId"/>.
/// </summary>
/// <param name="Stories">
/// Stories that are new or changed (members added, title or storyline changed), in the order of their first article;
/// each lists as <see cref="Story.ArticleIds"/> the articles that joined it since the last change (in the first
/// change: all of them), in arrival order: members are only ever appended.
/// </param>
/// <param name="Storylines">
/// Storylines that are new or changed (title, stories joined or left), in the order of their first story; each
/// lists as <see cref="Storyline.StoryIds"/> the stories that joined it since the last change (in the first change:
/// all of them), in story order. Every story listed is also in <paramref name="Stories"/>, naming this storyline.
/// </param>
/// <param name="RemovedStorylineIds">Storylines reported before that no longer exist (their stories moved to others).</param>
/// <param name="Duplicates">Near-duplicate links found since the last change.</param>
public sealed record StoryGroupingChange(
    ImmutableArray<Story> Stories,
    ImmutableArray<Storyline> Storylines,
    ImmutableArray<string> RemovedStorylineIds,
    ImmutableArray<DuplicateLink> Duplicates)
{
    /// <summary>
    /// The change as a whole grouping: what it is when it is the first change of a detector (its storylines then list
    /// every story).
    /// </summary>
    public StoryGrouping ToGrouping() => new(Stories, Storylines, Duplicates);
}
