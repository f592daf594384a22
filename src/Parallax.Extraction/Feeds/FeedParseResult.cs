namespace Parallax.Extraction.Feeds;

/// <summary>The outcome of parsing one feed: exactly one of <see cref="Feed"/> and <see cref="Problem"/> is set.</summary>
/// <param name="Feed">The feed, when the document is a well-formed, safe feed.</param>
/// <param name="Problem">Why it is not, naming the source (and the line and position for malformed XML).</param>
public sealed record FeedParseResult(Feed? Feed, string? Problem)
{
    /// <summary>A successful parse.</summary>
    public static FeedParseResult Success(Feed feed) => new(feed, null);

    /// <summary>A failed parse with its reason.</summary>
    public static FeedParseResult Failure(string problem) => new(null, problem);
}
