using System.Globalization;
using System.Text;

namespace Parallax.Extraction.Evaluation;

/// <summary>
/// Finds a page file by name in the data set's <c>cache/</c> and <c>eval/</c> folders: first by exact name, then by
/// the name's Unicode NFC form, because archives and file systems keep accented names composed or decomposed at will.
/// Parallax runs with invariant globalization, where .NET's <c>Normalize</c> leaves non-ASCII text unchanged; so a
/// last resort compares a skeleton that both forms share (non-ASCII characters dropped, and a letter followed by a
/// combining mark dropped with it), accepted only when exactly one file has that skeleton.
/// <c>cache/</c> is searched before <c>eval/</c>, as trafilatura's own evaluation does.
/// </summary>
internal sealed class PageIndex<T>
    where T : class
{
    private static readonly string[] Folders = ["cache", "eval"];

    private readonly Dictionary<string, T>[] exact = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
    private readonly Dictionary<string, T>[] composed = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    // A null value marks a skeleton shared by several files: ambiguous, never matched.
    private readonly Dictionary<string, T?>[] skeletons = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    /// <summary>The folder's position in the search order, or -1 when it is not a page folder.</summary>
    public static int FolderRank(string folderName) => Array.IndexOf(Folders, folderName);

    public void Add(int folderRank, string name, T value)
    {
        if (!exact[folderRank].TryAdd(name, value))
        {
            return;
        }

        composed[folderRank].TryAdd(Compose(name), value);
        var skeleton = Skeleton(name);
        if (!skeletons[folderRank].TryAdd(skeleton, value))
        {
            skeletons[folderRank][skeleton] = null;
        }
    }

    public T? Find(string name)
    {
        return Find(exact, name) ?? Find(composed, Compose(name)) ?? FindUnique(Skeleton(name));
    }

    /// <summary>The name with non-ASCII characters removed, and any letter carrying a combining mark removed too.</summary>
    internal static string Skeleton(string name)
    {
        var builder = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var marked = i + 1 < name.Length && IsCombiningMark(name[i + 1]);
            if (char.IsAscii(c) && !marked)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static T? Find(Dictionary<string, T>[] folders, string key)
    {
        foreach (var folder in folders)
        {
            if (folder.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private T? FindUnique(string skeleton)
    {
        foreach (var folder in skeletons)
        {
            if (folder.TryGetValue(skeleton, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private static bool IsCombiningMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static string Compose(string name) => name.IsNormalized(NormalizationForm.FormC) ? name : name.Normalize(NormalizationForm.FormC);
}
