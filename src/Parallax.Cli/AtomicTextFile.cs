using System.Text;

namespace Parallax.Cli;

/// <summary>
/// Writes a UTF-8 text file beside its target and moves it into place, so an interrupted or failed run never
/// leaves half a report or half a record file where a complete one was expected.
/// </summary>
internal static class AtomicTextFile
{
    /// <summary>
    /// Runs <paramref name="write"/> on a temporary file next to <paramref name="path"/>; the file replaces the target
    /// when it returns true and is deleted otherwise. Returns what <paramref name="write"/> returned.
    /// </summary>
    public static bool Write(string path, Func<TextWriter, bool> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        bool keep;
        try
        {
            using (var file = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
            {
                keep = write(file);
            }
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        if (keep)
        {
            File.Move(temporary, path, overwrite: true);
        }
        else
        {
            File.Delete(temporary);
        }

        return keep;
    }
}
