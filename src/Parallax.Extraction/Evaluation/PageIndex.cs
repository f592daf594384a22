using System.Text;

namespace Parallax.Extraction.Evaluation;

/// <summary>
/// Finds a page file by name in the data set's <c>cache/</c> and <c>eval/</c> folders: first by exact name, then by
/// the name's Unicode NFC form, because archives and file systems keep accented names composed or decomposed at will.
/// <c>cache/</c> is searched before <c>eval/</c>, as trafilatura's own evaluation does.
/// </summary>
internal sealed class PageIndex<T>
    where T : class
{
    private static readonly string[] Folders = ["cache", "eval"];

    private readonly Dictionary<string, T>[] exact = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly Dictionary<string, T>[] composed = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    /// <summary>The folder's position in the search order, or -1 when it is not a page folder.</summary>
    public static int FolderRank(string folderName) => Array.IndexOf(Folders, folderName);

    public void Add(int folderRank, string name, T value)
    {
        exact[folderRank].TryAdd(name, value);
        composed[folderRank].TryAdd(Compose(name), value);
    }

    public T? Find(string name)
    {
        foreach (var folder in exact)
        {
            if (folder.TryGetValue(name, out var value))
            {
                return value;
            }
        }

        var key = Compose(name);
        foreach (var folder in composed)
        {
            if (folder.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private static string Compose(string name) => name.IsNormalized(NormalizationForm.FormC) ? name : name.Normalize(NormalizationForm.FormC);
}
