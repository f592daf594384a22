namespace Parallax.Storage.Watch;

/// <summary>What a watched feed's last successful poll left behind.</summary>
/// <param name="FeedUrl">The feed's address (or file path) as given.</param>
/// <param name="ETag">The <c>ETag</c> validator of the last response whose items were all handled, sent back as <c>If-None-Match</c>.</param>
/// <param name="LastModified">The <c>Last-Modified</c> validator, sent back as <c>If-Modified-Since</c>.</param>
/// <param name="LastPoll">When the feed was last polled.</param>
public sealed record WatchFeedState(string FeedUrl, string? ETag, string? LastModified, DateTimeOffset? LastPoll);
