using System.Collections.Immutable;

namespace Parallax.Core.Stories;

/// <summary>The outcome of story detection over a set of articles.</summary>
public sealed record StoryGrouping(
    ImmutableArray<Story> Stories,
    ImmutableArray<Storyline> Storylines,
    ImmutableArray<DuplicateLink> Duplicates)
{
    /// <summary>No stories.</summary>
    public static StoryGrouping Empty { get; } = new([], [], []);
}
