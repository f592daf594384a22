using System.Collections.Immutable;
using Parallax.Core.Articles;

namespace Parallax.Storage.Tests;

/// <summary>Articles for the tests: the seed articles read plainly, and small hand-made ones.</summary>
internal static class TestArticles
{
    /// <summary>Each seed file as an article: first line the title, other non-blank lines the paragraphs.</summary>
    public static IReadOnlyList<Article> Seeds()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples");
        var files = Directory.GetFiles(folder, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        Assert.NotEmpty(files);
        return [.. files.Select(FromSeed)];
    }

    /// <summary>An article with every field set, including text SQLite must keep byte for byte.</summary>
    public static Article Full() => new()
    {
        Id = ArticleIdentity.Compute(["Første avsnitt – «sitat».", "", "Line with\ttab and \"quotes\" and 'apostrophes'; DROP TABLE articles;--"]),
        Path = "feeds/batch.jsonl:12",
        Source = "Outlet Ünïcode 日本",
        SourceEvidence = SourceEvidence.TextSignal,
        Title = "A title\nspanning two lines",
        Url = "https://example.org/a?b=1&c=%20",
        Published = new DateTimeOffset(2025, 7, 23, 10, 15, 30, TimeSpan.FromMinutes(330)).AddTicks(1234567),
        Authors = ["Jane Doe", "John \"JR\" Roe, Jr.", "Ünïcode Ölçer"],
        Updated = new DateTimeOffset(2025, 7, 24, 8, 0, 0, TimeSpan.FromHours(-7)),
        Language = "nb",
        LeadImageCaption = "The harbour at dawn.",
        Body = ["Første avsnitt – «sitat».", "", "Line with\ttab and \"quotes\" and 'apostrophes'; DROP TABLE articles;--"],
        Removed = [.. Enum.GetValues<RemovalReason>().Select((reason, i) => new RemovedBlock($"Removed block {i} 🙂", reason))],
        Captions = ["Photo: Someone / Agency", "Second caption"],
    };

    /// <summary>An article with only the required fields and a one-paragraph body.</summary>
    public static Article Minimal(string paragraph, string path = "minimal.txt") => new()
    {
        Id = ArticleIdentity.Compute([paragraph]),
        Path = path,
        Source = "minimal",
        SourceEvidence = SourceEvidence.FileName,
        Body = [paragraph],
    };

    private static Article FromSeed(string file)
    {
        var lines = File.ReadAllLines(file).Where(l => !string.IsNullOrWhiteSpace(l)).ToArray();
        ImmutableArray<string> body = [.. lines.Skip(1)];
        return new Article
        {
            Id = ArticleIdentity.Compute(body),
            Path = file,
            Source = Path.GetFileNameWithoutExtension(file),
            SourceEvidence = SourceEvidence.FileName,
            Title = lines[0],
            Published = new DateTimeOffset(2025, 9, 12, 8, 0, 0, TimeSpan.FromHours(-4)),
            Body = body,
        };
    }
}
