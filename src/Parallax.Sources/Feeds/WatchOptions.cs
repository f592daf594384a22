namespace Parallax.Sources.Feeds;

/// <summary>How a <see cref="FeedWatcher"/> polls.</summary>
public sealed record WatchOptions
{
    /// <summary>The time between the starts of two polls.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How many times an item whose page cannot be had is tried before it is given up.</summary>
    public int MaxItemAttempts { get; init; } = 3;

    /// <summary>The least body length (characters) of a feed's own content for it to stand in for a page that cannot be had.</summary>
    public int MinFeedContentCharacters { get; init; } = 400;

    /// <summary>The largest feed or OPML file read from disk.</summary>
    public long MaxFileBytes { get; init; } = 10_000_000;
}
