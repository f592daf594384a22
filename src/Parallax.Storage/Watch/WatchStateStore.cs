using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Parallax.Storage.Watch;

/// <summary>
/// The state of <c>parallax watch</c> kept in the store's own file: per feed the HTTP validators and the last poll,
/// per item whether it is seen, failed (retried later) or given up. Restarting the watcher reloads it, so no item
/// is fetched twice and none is lost.
/// </summary>
/// <remarks>
/// Thread-safe: every call uses its own pooled connection and is one transaction. The caller marks an item seen
/// only after its article is stored (a separate transaction): a crash in between costs a refetch, never an item,
/// because the store keeps one copy of the same content.
/// </remarks>
public sealed class WatchStateStore : IDisposable
{
    private readonly string connectionString;
    private readonly string databasePath;
    private int disposed;

    private WatchStateStore(string databasePath, string connectionString)
    {
        this.databasePath = databasePath;
        this.connectionString = connectionString;
    }

    /// <summary>Opens the watch state in the file of <paramref name="store"/> (already checked to be a Parallax store), creating its tables when absent.</summary>
    /// <exception cref="StoreException">The tables cannot be created.</exception>
    public static WatchStateStore Open(SqliteStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        SqliteRuntime.EnsureInitialized();
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = store.DatabasePath,
            Mode = SqliteOpenMode.ReadWrite,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        var state = new WatchStateStore(store.DatabasePath, connectionString);
        state.Write("create the watch tables", (connection, transaction) =>
        {
            SqliteCommands.Execute(connection, transaction, WatchSchema.Create);
            return true;
        });
        return state;
    }

    /// <summary>The feed's state, or null for a feed never polled.</summary>
    public WatchFeedState? LoadFeed(string feedUrl)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        return Run("read the feed state", (connection, transaction) =>
        {
            using var command = SqliteCommands.Create(
                connection, transaction, "SELECT etag, last_modified, last_poll FROM watch_feeds WHERE feed_url = $url;", ("$url", SqliteType.Text));
            command.Parameters["$url"].Value = feedUrl;
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            return new WatchFeedState(
                feedUrl,
                reader.IsDBNull(0) ? null : reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
        });
    }

    /// <summary>Records the feed's validators and last poll (replacing earlier ones).</summary>
    public void SaveFeed(WatchFeedState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Run("save the feed state", (connection, transaction) =>
        {
            using var command = SqliteCommands.Create(
                connection,
                transaction,
                """
                INSERT INTO watch_feeds (feed_url, etag, last_modified, last_poll) VALUES ($url, $etag, $modified, $poll)
                ON CONFLICT (feed_url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_poll = excluded.last_poll;
                """,
                ("$url", SqliteType.Text),
                ("$etag", SqliteType.Text),
                ("$modified", SqliteType.Text),
                ("$poll", SqliteType.Text));
            command.Parameters["$url"].Value = state.FeedUrl;
            command.Parameters["$etag"].Value = SqliteCommands.OrNull(state.ETag);
            command.Parameters["$modified"].Value = SqliteCommands.OrNull(state.LastModified);
            command.Parameters["$poll"].Value = SqliteCommands.OrNull(state.LastPoll?.ToString("O", CultureInfo.InvariantCulture));
            command.ExecuteNonQuery();
            return true;
        });
    }

    /// <summary>Every recorded item of the feed, by key.</summary>
    public IReadOnlyDictionary<string, WatchItemState> LoadItems(string feedUrl)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        return Run("read the feed's items", (connection, transaction) =>
        {
            using var command = SqliteCommands.Create(
                connection,
                transaction,
                "SELECT item_key, status, attempts, last_problem FROM watch_items WHERE feed_url = $url;",
                ("$url", SqliteType.Text));
            command.Parameters["$url"].Value = feedUrl;
            using var reader = command.ExecuteReader();
            var items = new Dictionary<string, WatchItemState>(StringComparer.Ordinal);
            while (reader.Read())
            {
                var key = reader.GetString(0);
                items[key] = new WatchItemState(key, ParseStatus(reader.GetString(1)), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetString(3));
            }

            return (IReadOnlyDictionary<string, WatchItemState>)items;
        });
    }

    /// <summary>Marks the item seen; call it only after its article is stored.</summary>
    public void MarkSeen(string feedUrl, string itemKey, DateTimeOffset at) =>
        MarkSeenCore(feedUrl, itemKey, at);

    /// <summary>Records a failed attempt; after <paramref name="maxAttempts"/> failures the item is given up.</summary>
    /// <returns>The item's state after this failure.</returns>
    public WatchItemState RecordFailure(string feedUrl, string itemKey, string problem, int maxAttempts, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        ArgumentNullException.ThrowIfNull(itemKey);
        ArgumentNullException.ThrowIfNull(problem);
        return Run("record the failed item", (connection, transaction) =>
        {
            // One transaction: the count read back is the one this failure wrote.
            using var command = SqliteCommands.Create(
                connection,
                transaction,
                """
                INSERT INTO watch_items (feed_url, item_key, status, attempts, last_problem, updated)
                VALUES ($url, $key, CASE WHEN $max <= 1 THEN 'given_up' ELSE 'failed' END, 1, $problem, $at)
                ON CONFLICT (feed_url, item_key) DO UPDATE SET
                    status = CASE WHEN watch_items.attempts + 1 >= $max THEN 'given_up' ELSE 'failed' END,
                    attempts = watch_items.attempts + 1, last_problem = excluded.last_problem, updated = excluded.updated
                RETURNING status, attempts;
                """,
                ("$url", SqliteType.Text),
                ("$key", SqliteType.Text),
                ("$max", SqliteType.Integer),
                ("$problem", SqliteType.Text),
                ("$at", SqliteType.Text));
            command.Parameters["$url"].Value = feedUrl;
            command.Parameters["$key"].Value = itemKey;
            command.Parameters["$max"].Value = maxAttempts;
            command.Parameters["$problem"].Value = problem;
            command.Parameters["$at"].Value = at.ToString("O", CultureInfo.InvariantCulture);
            using var reader = command.ExecuteReader();
            reader.Read();
            return new WatchItemState(itemKey, ParseStatus(reader.GetString(0)), reader.GetInt32(1), problem);
        });
    }

    /// <summary>Releases the pooled connections.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static WatchItemStatus ParseStatus(string value) => value switch
    {
        "seen" => WatchItemStatus.Seen,
        "failed" => WatchItemStatus.Failed,
        _ => WatchItemStatus.GivenUp,
    };

    private void MarkSeenCore(string feedUrl, string itemKey, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        ArgumentNullException.ThrowIfNull(itemKey);
        Run("mark the item seen", (connection, transaction) =>
        {
            // The failed attempts before success stay recorded; the last problem is cleared.
            using var command = SqliteCommands.Create(
                connection,
                transaction,
                """
                INSERT INTO watch_items (feed_url, item_key, status, attempts, last_problem, updated)
                VALUES ($url, $key, 'seen', 0, NULL, $at)
                ON CONFLICT (feed_url, item_key) DO UPDATE SET status = 'seen', last_problem = NULL, updated = excluded.updated;
                """,
                ("$url", SqliteType.Text),
                ("$key", SqliteType.Text),
                ("$at", SqliteType.Text));
            command.Parameters["$url"].Value = feedUrl;
            command.Parameters["$key"].Value = itemKey;
            command.Parameters["$at"].Value = at.ToString("O", CultureInfo.InvariantCulture);
            command.ExecuteNonQuery();
            return true;
        });
    }

    private T Run<T>(string what, Func<SqliteConnection, SqliteTransaction, T> action) => Write(what, action);

    private T Write<T>(string what, Func<SqliteConnection, SqliteTransaction, T> action)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            SqliteCommands.Execute(connection, null, "PRAGMA synchronous = FULL;");
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = action(connection, transaction);
            transaction.Commit();
            return result;
        }
        catch (SqliteException e)
        {
            throw new StoreException(databasePath, $"could not {what} ({e.Message}).", e);
        }
    }
}
