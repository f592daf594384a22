using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Core.Pipeline;
using Parallax.Language;

namespace Parallax.Language.Tests;

/// <summary>Builds articles from seed files or fixture paragraphs and runs the language stages on them.</summary>
internal static class TestDocuments
{
    private static readonly ParallaxPipeline Pipeline = new ParallaxPipelineBuilder()
        .UseSentences()
        .UseTokens()
        .UseEntities()
        .UseAttributions()
        .Build();

    public static Article Article(string source, params string[] paragraphs) => new()
    {
        Id = ArticleIdentity.Compute(paragraphs),
        Path = source + ".txt",
        Source = source,
        Body = [.. paragraphs],
    };

    public static Document Annotate(params string[] paragraphs) => Pipeline.Annotate(Article("fixture", paragraphs));

    /// <summary>The seed whose file name starts with <paramref name="prefix"/> ("000"), one paragraph per non-blank line.</summary>
    public static Article SeedArticle(string prefix)
    {
        var path = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), prefix + "_*.txt").Single();
        var paragraphs = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        return Article("outlet-" + prefix, paragraphs);
    }

    public static Document Seed(string prefix) => Pipeline.Annotate(SeedArticle(prefix));

    public static ImmutableArray<string> SeedPrefixes { get; } = ["000", "001", "002", "003", "004"];

    public static Entity EntityNamed(Document document, string name) =>
        document.Entities.Single(e => e.Name == name);

    public static Attribution QuoteStarting(Document document, string start) =>
        document.Attributions.Single(a => a.Kind != AttributionKind.Indirect && document.Slice(a.Content).StartsWith(start, StringComparison.Ordinal));
}
