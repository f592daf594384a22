using System.Collections.Immutable;

namespace Parallax.Core.Stories;

/// <summary>Articles about the same event.</summary>
/// <param name="Id">Stable id derived from the member articles.</param>
/// <param name="Title">A representative headline.</param>
/// <param name="StorylineId">The storyline this event belongs to.</param>
/// <param name="ArticleIds">Member articles, oldest first.</param>
public sealed record Story(string Id, string Title, string StorylineId, ImmutableArray<string> ArticleIds);
