using Parallax.Core.Annotations;
using Parallax.Core.Articles;

namespace Parallax.Language.Tests.Time;

/// <summary>Builds documents for the time tests without the shared sentence splitter.</summary>
internal static class TimeTestDocuments
{
    public static Document FromParagraphs(string id, DateTimeOffset? published, params string[] paragraphs) =>
        new(new Article { Id = id, Path = id + ".txt", Source = "Outlet " + id, Published = published, Body = [.. paragraphs] });

    /// <summary>A seed article: first line the title, the other non-empty lines body paragraphs, no publication date.</summary>
    public static Document Seed(string prefix)
    {
        var path = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), prefix + "_*.txt").Single();
        var lines = File.ReadAllLines(path).Where(l => l.Trim().Length > 0).ToArray();
        return new Document(new Article
        {
            Id = prefix,
            Path = path,
            Source = "seed " + prefix,
            Title = lines[0],
            Body = [.. lines.Skip(1)],
        });
    }
}
