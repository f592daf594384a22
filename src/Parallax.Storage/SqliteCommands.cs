using Microsoft.Data.Sqlite;

namespace Parallax.Storage;

/// <summary>Builds parameterised commands bound to a transaction.</summary>
internal static class SqliteCommands
{
    /// <summary>A command for <paramref name="sql"/> with the named parameters declared, ready for reuse.</summary>
    public static SqliteCommand Create(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        params ReadOnlySpan<(string Name, SqliteType Type)> parameters)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The SQL is a constant of this assembly; every value goes through a parameter.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = transaction;
        foreach (var (name, type) in parameters)
        {
            command.Parameters.Add(name, type);
        }

        return command;
    }

    /// <summary>Runs a statement that returns nothing.</summary>
    public static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = Create(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    /// <summary>Runs a query for one integer.</summary>
    public static long ScalarInt64(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = Create(connection, transaction, sql);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The value for a parameter: null becomes SQL NULL.</summary>
    public static object OrNull(string? value) => value is null ? DBNull.Value : value;
}
