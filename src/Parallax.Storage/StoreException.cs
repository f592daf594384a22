namespace Parallax.Storage;

/// <summary>
/// The store could not do what was asked: the file is not a Parallax database, its schema is newer than this build,
/// or a read or write failed. The message names the database file and the problem.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Builds the message from the database path and the problem.</summary>
    internal StoreException(string databasePath, string problem, Exception? innerException)
        : base($"Parallax store '{databasePath}': {problem}", innerException)
    {
        DatabasePath = databasePath;
    }

    /// <summary>The database file concerned, when known.</summary>
    public string? DatabasePath { get; }
}
