using Parallax.Core.Articles;

namespace Parallax.Extraction.Tests;

/// <summary>The seed articles copied next to the tests.</summary>
internal static class Seeds
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string PathOf(string prefix) =>
        Directory.GetFiles(Folder, prefix + "_*.txt").Single();

    public static string[] Lines(string prefix) =>
        File.ReadAllLines(PathOf(prefix)).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    public static Article Read(string prefix)
    {
        var result = new ArticleReader(new ExtractionOptions()).ReadFile(PathOf(prefix)).Single();
        Assert.Null(result.Problem);
        return result.Article!;
    }
}
