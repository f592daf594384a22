using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Parallax.Core.Articles;
using Parallax.Core.Stories;

namespace Parallax.Storage;

/// <summary>
/// The embedded SQLite store of articles and story groupings, in one file (WAL journal).
/// </summary>
/// <remarks>
/// Thread-safe: every call takes its own pooled connection, reads run in a snapshot transaction and may run at once
/// (also from other processes), and writes from this instance are serialised. Every write is one transaction: if it
/// fails or the process stops midway, nothing of it is stored and earlier data is intact.
/// </remarks>
public sealed class SqliteStore : IDisposable
{
    /// <summary>The file used when the user names none: <c>parallax.db</c> in the working folder.</summary>
    public const string DefaultPath = "parallax.db";

    private readonly string connectionString;
    private readonly Lock writeLock = new();
    private int disposed;

    private SqliteStore(string databasePath, string connectionString)
    {
        DatabasePath = databasePath;
        this.connectionString = connectionString;
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>The number of stored articles.</summary>
    /// <exception cref="StoreException">The database cannot be read.</exception>
    public int ArticleCount =>
        Read("count the articles", (connection, transaction) =>
            (int)SqliteCommands.ScalarInt64(connection, transaction, "SELECT count(*) FROM articles;"));

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating the file and schema when absent (an empty file is adopted),
    /// and upgrading an older Parallax schema.
    /// </summary>
    /// <exception cref="StoreException">
    /// The file is not a SQLite database, is another application's database, has a newer Parallax schema, or cannot
    /// be opened. In the first three cases the file is not modified.
    /// </exception>
    public static SqliteStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new StoreException(path, $"the path is not valid ({e.Message}).", e);
        }

        if (DatabaseFileCheck.FindProblem(fullPath) is { } problem)
        {
            throw new StoreException(fullPath, problem, null);
        }

        SqliteRuntime.EnsureInitialized();
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        var store = new SqliteStore(fullPath, connectionString);
        try
        {
            using var connection = store.OpenConnection();
            SchemaInitializer.Initialize(connection, fullPath);
        }
        catch (SqliteException e)
        {
            store.Dispose();
            throw new StoreException(fullPath, $"the database cannot be opened ({e.Message}).", e);
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    /// <summary>
    /// Stores the articles in one transaction. An article whose <see cref="Article.Id"/> is already stored (or comes
    /// earlier in the batch) is skipped and the stored copy kept.
    /// </summary>
    /// <returns>Each article's id under Added or AlreadyStored, in input order.</returns>
    /// <exception cref="ArgumentException">An article has a null required field or element; nothing is stored.</exception>
    /// <exception cref="StoreException">The write failed; nothing of the batch is stored.</exception>
    public StoreBatchResult AddArticles(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArticleWriter.Validate(articles);

        return Write($"storing a batch of {articles.Count} articles", (connection, transaction) =>
            Insert(connection, transaction, articles, null));
    }

    /// <summary>
    /// Stores the articles and, in the same transaction, the story update that <paramref name="updateStories"/> makes
    /// of the newly added ones (those not stored before, in input order): the changed stories and storylines, the new
    /// duplicate links and the detector's state. If anything fails, neither the articles nor the update are stored.
    /// </summary>
    /// <remarks>
    /// The callback runs inside the write transaction. When the call throws, the caller's detector has gone past
    /// the store: restore it from <see cref="LoadStoryStreamState"/> before the next batch.
    /// </remarks>
    /// <returns>Each article's id under Added or AlreadyStored, in input order.</returns>
    /// <exception cref="ArgumentException">An article, or the update, has a null required field or element; nothing is stored.</exception>
    /// <exception cref="StoreException">The write failed; nothing of the batch is stored.</exception>
    public StoreBatchResult AddArticles(IReadOnlyList<Article> articles, Func<IReadOnlyList<Article>, StoryStreamUpdate> updateStories)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(updateStories);
        ArticleWriter.Validate(articles);

        return Write($"storing a batch of {articles.Count} articles with their stories", (connection, transaction) =>
            Insert(connection, transaction, articles, updateStories));
    }

    /// <summary>The streaming story detector's state saved with the last batch, or null when none is saved.</summary>
    /// <exception cref="StoreException">The database cannot be read.</exception>
    public byte[]? LoadStoryStreamState() => Read("load the story detector state", StoryReader.ReadStreamState);

    /// <summary>All stored articles, in the order they were first added, with every field as it was stored.</summary>
    /// <exception cref="StoreException">The database cannot be read or holds values this build does not know.</exception>
    public IReadOnlyList<Article> LoadArticles() =>
        Read("load the articles", (connection, transaction) => ArticleReader.ReadAll(connection, transaction, DatabasePath));

    /// <summary>
    /// Replaces the stored stories, storylines and duplicate links with <paramref name="grouping"/>, in one transaction.
    /// The saved streaming detector state is dropped with them, as it no longer describes the stored grouping.
    /// </summary>
    /// <remarks>Article and story ids are stored as given; they are not checked against the stored articles.</remarks>
    /// <exception cref="ArgumentException">The grouping holds a null element or id; nothing is changed.</exception>
    /// <exception cref="StoreException">The write failed (e.g. two stories share an id); the previous grouping is kept.</exception>
    public void SaveStories(StoryGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(grouping);
        StoryWriter.Validate(grouping);
        Write("saving the stories", (connection, transaction) =>
        {
            StoryWriter.Replace(connection, transaction, grouping);
            return true;
        });
    }

    /// <summary>
    /// Replaces the stored stories, storylines and duplicate links with <paramref name="grouping"/> and saves
    /// <paramref name="streamState"/>, the state of the streaming detector that made the grouping, in one transaction.
    /// </summary>
    /// <exception cref="ArgumentException">The grouping holds a null element or id; nothing is changed.</exception>
    /// <exception cref="StoreException">The write failed; the previous grouping and state are kept.</exception>
    public void SaveStories(StoryGrouping grouping, byte[] streamState)
    {
        ArgumentNullException.ThrowIfNull(grouping);
        ArgumentNullException.ThrowIfNull(streamState);
        StoryWriter.Validate(grouping);
        Write("saving the stories", (connection, transaction) =>
        {
            StoryWriter.Replace(connection, transaction, grouping);
            SaveState(connection, transaction, streamState);
            return true;
        });
    }

    /// <summary>
    /// Applies a streaming detector's update for articles stored earlier (e.g. by <c>watch</c>) and saves its state,
    /// in one transaction.
    /// </summary>
    /// <exception cref="ArgumentException">The update holds a null element or id; nothing is changed.</exception>
    /// <exception cref="StoreException">The write failed; the previous grouping and state are kept.</exception>
    public void UpdateStories(StoryStreamUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        Write("updating the stories", (connection, transaction) =>
        {
            Apply(connection, transaction, update, nameof(update));
            return true;
        });
    }

    /// <summary>The stored grouping, in the order it was saved; <see cref="StoryGrouping.Empty"/>'s content when none was.</summary>
    /// <exception cref="StoreException">The database cannot be read.</exception>
    public StoryGrouping LoadStories() => Read("load the stories", StoryReader.Read);

    /// <summary>Deletes a database file with its WAL and shared-memory files, when they exist (close the store first).</summary>
    public static void DeleteFiles(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>Closes the pooled connections so the file is released.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static StoreBatchResult Insert(
        SqliteConnection connection,
        SqliteTransaction transaction,
        IReadOnlyList<Article> articles,
        Func<IReadOnlyList<Article>, StoryStreamUpdate>? updateStories)
    {
        var added = ImmutableArray.CreateBuilder<string>();
        var alreadyStored = ImmutableArray.CreateBuilder<string>();
        var addedArticles = new List<Article>();
        using (var writer = new ArticleWriter(connection, transaction))
        {
            foreach (var article in articles)
            {
                if (writer.TryInsert(article))
                {
                    added.Add(article.Id);
                    addedArticles.Add(article);
                }
                else
                {
                    alreadyStored.Add(article.Id);
                }
            }
        }

        if (updateStories is not null)
        {
            var update = updateStories(addedArticles) ?? throw new ArgumentException("The story update is null.", nameof(updateStories));
            Apply(connection, transaction, update, nameof(updateStories));
        }

        return new StoreBatchResult(added.DrainToImmutable(), alreadyStored.DrainToImmutable());
    }

    private static void Apply(SqliteConnection connection, SqliteTransaction transaction, StoryStreamUpdate update, string parameter)
    {
        ArgumentNullException.ThrowIfNull(update.Change, parameter);
        ArgumentNullException.ThrowIfNull(update.State, parameter);
        StoryWriter.Validate(update.Change.ToGrouping());
        using (var writer = new StoryChangeWriter(connection, transaction))
        {
            writer.Apply(update.Change);
        }

        StoryWriter.WriteDuplicates(connection, transaction, StoryWriter.OrEmpty(update.Change.Duplicates));
        SaveState(connection, transaction, update.State);
    }

    private static void SaveState(SqliteConnection connection, SqliteTransaction transaction, byte[] state)
    {
        using var saveState = SqliteCommands.Create(
            connection,
            transaction,
            "INSERT INTO story_stream_state (id, state) VALUES (1, $state) ON CONFLICT (id) DO UPDATE SET state = excluded.state;",
            ("$state", SqliteType.Blob));
        saveState.Parameters["$state"].Value = state;
        saveState.ExecuteNonQuery();
    }

    private SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();

            // Per-connection settings: FULL makes a committed batch survive power loss, not only a process crash.
            SqliteCommands.Execute(connection, null, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private T Read<T>(string what, Func<SqliteConnection, SqliteTransaction, T> read)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        try
        {
            using var connection = OpenConnection();

            // A deferred transaction gives all the queries of one read the same snapshot, even while a writer commits.
            using var transaction = connection.BeginTransaction(deferred: true);
            var result = read(connection, transaction);
            transaction.Commit();
            return result;
        }
        catch (SqliteException e)
        {
            throw new StoreException(DatabasePath, $"could not {what} ({e.Message}).", e);
        }
    }

    private T Write<T>(string what, Func<SqliteConnection, SqliteTransaction, T> write)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        lock (writeLock)
        {
            try
            {
                using var connection = OpenConnection();
                using var transaction = connection.BeginTransaction(deferred: false);
                var result = write(connection, transaction);
                transaction.Commit();
                return result;
            }
            catch (SqliteException e)
            {
                throw new StoreException(DatabasePath, $"{what} failed, so nothing of it was stored ({e.Message}).", e);
            }
        }
    }
}
