using Parallax.Core.Annotations;
using Parallax.Core.Articles;

namespace Parallax.Stories.Tests;

/// <summary>
/// The seed articles as the extraction stage delivers them: headline, body paragraphs, and none of the page
/// furniture (photo captions, donation appeals, author boxes, ad markers, the headline repeated in the body). Story
/// detection runs after extraction, so its tests start from clean articles; which lines of each page are furniture
/// is stated here, per seed, by hand.
/// </summary>
internal static class SeedArticles
{
    public static readonly string[] Prefixes = ["000", "001", "002", "003", "004"];

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>The seed whose file name starts with <paramref name="prefix"/> ("000" … "004"), cleaned.</summary>
    public static Article Load(string prefix, DateTimeOffset? published = null)
    {
        var path = Directory.GetFiles(Folder, prefix + "_*.txt").Single();
        var lines = File.ReadAllText(path).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var (title, body) = prefix switch
        {
            // Headline first, the rest body.
            "000" => (lines[0], lines[1..]),
            // No headline; the first line is a photo caption.
            "001" => (null, lines[1..]),
            // No headline; body only.
            "002" => (null, lines),
            // Donation banner, headline, photo caption, body, then newsletter box and donation appeal.
            "003" => (lines[1], lines[3..Array.FindIndex(lines, l => l.StartsWith("Sign up for", StringComparison.Ordinal))]),
            // Headline, body with an ad marker and the headline repeated, then the author box.
            "004" => (lines[0], lines[1..Array.IndexOf(lines, "Author")]
                .Where(l => l != "Advertisement" && !l.StartsWith("Kremlin Braces", StringComparison.Ordinal)).ToArray()),
            _ => throw new ArgumentOutOfRangeException(nameof(prefix)),
        };

        return Create(Path.GetFileNameWithoutExtension(path), title, body, published);
    }

    public static Document Document(string prefix, DateTimeOffset? published = null) => new(Load(prefix, published));

    public static IReadOnlyList<Document> All() => [.. Prefixes.Select(p => Document(p))];

    public static Article Create(string source, string? title, IReadOnlyList<string> body, DateTimeOffset? published = null) =>
        new()
        {
            Id = ArticleIdentity.Compute(body),
            Path = source + ".txt",
            Source = source,
            Title = title,
            Body = [.. body],
            Published = published,
        };

    /// <summary>The seed's source name (its file name) for the article id.</summary>
    public static string PrefixOf(IReadOnlyList<Document> documents, string articleId) =>
        documents.Single(d => d.Article.Id == articleId).Article.Source[..3];
}
