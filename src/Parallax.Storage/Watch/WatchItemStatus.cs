namespace Parallax.Storage.Watch;

/// <summary>Where a feed item stands.</summary>
public enum WatchItemStatus
{
    /// <summary>Its article is stored (or it was deliberately kept from the feed's own content): never fetched again.</summary>
    Seen,

    /// <summary>Its page could not be fetched or extracted; it is retried on later polls.</summary>
    Failed,

    /// <summary>It failed as often as allowed and is no longer retried.</summary>
    GivenUp,
}
