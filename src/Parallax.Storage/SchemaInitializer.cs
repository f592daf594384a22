using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Parallax.Storage;

/// <summary>
/// Checks that a database is a Parallax store this build can read and brings it to the current schema. Nothing is
/// written to a file until it is known to be a new, empty database or a Parallax store of an older version.
/// </summary>
internal static class SchemaInitializer
{
    /// <summary>Validates the database behind <paramref name="connection"/> and creates or upgrades its schema.</summary>
    /// <exception cref="StoreException">The file is another application's database, or a newer Parallax schema.</exception>
    public static void Initialize(SqliteConnection connection, string databasePath)
    {
        var state = ReadState(connection, transaction: null);
        Validate(state, databasePath);

        // Switching to WAL is a write, so it comes only after validation; it cannot run inside a transaction.
        SqliteCommands.Execute(connection, null, "PRAGMA journal_mode = WAL;");
        if (state.Version == StoreSchema.CurrentVersion)
        {
            return;
        }

        using var transaction = connection.BeginTransaction(deferred: false);

        // Another process may have created or upgraded the schema between the first look and the write lock.
        state = ReadState(connection, transaction);
        Validate(state, databasePath);
        for (var version = (int)state.Version; version < StoreSchema.CurrentVersion; version++)
        {
            SqliteCommands.Execute(connection, transaction, StoreSchema.Migrations[version]);
        }

        // PRAGMA values cannot be parameters; these are integer constants of this assembly.
        SqliteCommands.Execute(
            connection,
            transaction,
            string.Create(
                CultureInfo.InvariantCulture,
                $"PRAGMA application_id = {StoreSchema.ApplicationId}; PRAGMA user_version = {StoreSchema.CurrentVersion};"));
        transaction.Commit();
    }

    private static DatabaseState ReadState(SqliteConnection connection, SqliteTransaction? transaction) =>
        new(
            SqliteCommands.ScalarInt64(connection, transaction, "PRAGMA application_id;"),
            SqliteCommands.ScalarInt64(connection, transaction, "PRAGMA user_version;"),
            SqliteCommands.ScalarInt64(connection, transaction, "SELECT count(*) FROM sqlite_schema;"));

    private static void Validate(DatabaseState state, string databasePath)
    {
        var isEmpty = state.ApplicationId == 0 && state.Version == 0 && state.SchemaObjects == 0;
        if (!isEmpty && state.ApplicationId != StoreSchema.ApplicationId)
        {
            throw new StoreException(
                databasePath,
                $"the file is a SQLite database of another application (application id {state.ApplicationId}, "
                + $"{state.SchemaObjects} schema objects), not a Parallax store; it was left untouched.",
                null);
        }

        if (state.Version > StoreSchema.CurrentVersion)
        {
            throw new StoreException(
                databasePath,
                $"the store has schema version {state.Version}, newer than version {StoreSchema.CurrentVersion} that "
                + "this build of Parallax understands; use a newer Parallax. The file was left untouched.",
                null);
        }

        if (state.Version < 0)
        {
            throw new StoreException(databasePath, $"the store has an invalid schema version {state.Version}.", null);
        }
    }

    private readonly record struct DatabaseState(long ApplicationId, long Version, long SchemaObjects);
}
