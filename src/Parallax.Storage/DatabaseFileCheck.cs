using System.Text;

namespace Parallax.Storage;

/// <summary>
/// Looks at an existing file's first bytes before SQLite touches it, so a file that is not a SQLite database is
/// refused without being opened for writing.
/// </summary>
internal static class DatabaseFileCheck
{
    /// <summary>Every SQLite 3 database file starts with these 16 bytes.</summary>
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>
    /// Null when <paramref name="fullPath"/> does not exist, is empty, or starts like a SQLite database; otherwise the
    /// problem in words.
    /// </summary>
    public static string? FindProblem(string fullPath)
    {
        if (Directory.Exists(fullPath))
        {
            return "the path is a folder, not a database file.";
        }

        if (!File.Exists(fullPath))
        {
            var folder = Path.GetDirectoryName(fullPath);
            return folder is null || Directory.Exists(folder) ? null : $"the folder '{folder}' does not exist.";
        }

        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length == 0)
            {
                return null;
            }

            Span<byte> header = stackalloc byte[16];
            var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            return read == header.Length && header.SequenceEqual(SqliteHeader)
                ? null
                : "the file exists but is not a SQLite database, so it is not a Parallax store; it was left untouched.";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"the file cannot be read ({e.Message}).";
        }
    }
}
