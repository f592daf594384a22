using System.Collections.Immutable;

namespace Parallax.Core.Stories;

/// <summary>Event stories on the same subject over time.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Title">A representative title.</param>
/// <param name="StoryIds">Member stories, oldest first.</param>
public sealed record Storyline(string Id, string Title, ImmutableArray<string> StoryIds);
