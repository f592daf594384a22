using System.Collections.Immutable;

namespace Parallax.Stories.Storylines;

/// <summary>
/// What was last reported of a storyline: its title and the ids of the open stories reported in it tentatively
/// (they may still leave it). Its committed stories are not listed: they never leave, so only stories beyond them
/// need reporting.
/// </summary>
internal sealed record ReportedStoryline(string Title, ImmutableHashSet<string> TentativeStoryIds);
