using Microsoft.Data.Sqlite;

namespace Parallax.Storage.Tests;

/// <summary>A database path in a fresh temporary folder, deleted with the folder afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string folder;

    public TempDatabase()
    {
        folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "parallax-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        Path = System.IO.Path.Combine(folder, "parallax.db");
    }

    public string Path { get; }

    public string Folder => folder;

    /// <summary>A connection that bypasses the store, for arranging or inspecting the file; not pooled, so it releases the file.</summary>
    public SqliteConnection OpenRaw()
    {
        SQLitePCL.Batteries_V2.Init();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public void ExecuteRaw(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public object? ScalarRaw(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
