namespace Parallax.Sources.Feeds;

/// <summary>What one poll of every feed did.</summary>
/// <param name="Feeds">Feeds polled (OPML files expanded).</param>
/// <param name="FeedProblems">Feeds (or OPML files) that could not be fetched or parsed.</param>
/// <param name="NotModified">Feeds the server said had not changed (304).</param>
/// <param name="ArticlesAdded">New articles stored (from pages or from the feeds' own content).</param>
/// <param name="FromFeedContent">Of those, articles kept from the feed's own content because the page could not be had.</param>
/// <param name="ItemsFailed">Items whose page could not be had and that had no usable content of their own (retried later unless given up).</param>
public sealed record WatchPollSummary(int Feeds, int FeedProblems, int NotModified, int ArticlesAdded, int FromFeedContent, int ItemsFailed);
