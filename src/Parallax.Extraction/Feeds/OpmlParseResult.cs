using System.Collections.Immutable;

namespace Parallax.Extraction.Feeds;

/// <summary>The outcome of parsing an OPML subscription list: the feeds, or a problem naming the source.</summary>
/// <param name="Feeds">The subscriptions in document order, each URL once; empty when <see cref="Problem"/> is set.</param>
/// <param name="Problem">Why the document could not be read, or null.</param>
public sealed record OpmlParseResult(ImmutableArray<OpmlFeed> Feeds, string? Problem)
{
    /// <summary>A successful parse.</summary>
    public static OpmlParseResult Success(ImmutableArray<OpmlFeed> feeds) => new(feeds, null);

    /// <summary>A failed parse with its reason.</summary>
    public static OpmlParseResult Failure(string problem) => new([], problem);
}
