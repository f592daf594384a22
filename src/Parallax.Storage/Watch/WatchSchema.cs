namespace Parallax.Storage.Watch;

/// <summary>
/// The watch tables, created with <c>CREATE TABLE IF NOT EXISTS</c> next to the article schema. They are not part
/// of the versioned schema (<c>user_version</c>): they depend on no article table, so article migrations leave them
/// alone and an older build simply ignores them.
/// </summary>
internal static class WatchSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS watch_feeds (
            feed_url      TEXT PRIMARY KEY NOT NULL,
            etag          TEXT,
            last_modified TEXT,
            last_poll     TEXT
        ) STRICT;
        CREATE TABLE IF NOT EXISTS watch_items (
            feed_url      TEXT NOT NULL,
            item_key      TEXT NOT NULL,
            status        TEXT NOT NULL CHECK (status IN ('seen', 'failed', 'given_up')),
            attempts      INTEGER NOT NULL,
            last_problem  TEXT,
            updated       TEXT NOT NULL,
            PRIMARY KEY (feed_url, item_key)
        ) STRICT;
        """;
}
