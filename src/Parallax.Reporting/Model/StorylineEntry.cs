using System.Collections.Immutable;

namespace Parallax.Reporting.Model;

/// <summary>A storyline (or the catch-all group of stories without one) with its stories in reading order.</summary>
internal sealed record StorylineEntry(string? Id, string Title, ImmutableArray<StoryEntry> Stories);
