using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Core.Reports;
using Parallax.Core.Stories;

namespace Parallax.Core.Pipeline;

/// <summary>
/// The immutable, thread-safe analysis pipeline: annotates each article, groups them into stories, and analyses
/// each story. Build one with <see cref="ParallaxPipelineBuilder"/>.
/// </summary>
public sealed class ParallaxPipeline
{
    private readonly int maxDegreeOfParallelism;

    internal ParallaxPipeline(
        ImmutableArray<IDocumentAnnotator> annotators,
        IStoryDetector? storyDetector,
        ImmutableArray<IStoryAnalyzer> storyAnalyzers,
        int maxDegreeOfParallelism)
    {
        Annotators = annotators;
        StoryDetector = storyDetector;
        StoryAnalyzers = storyAnalyzers;
        this.maxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    public ImmutableArray<IDocumentAnnotator> Annotators { get; }

    public IStoryDetector? StoryDetector { get; }

    public ImmutableArray<IStoryAnalyzer> StoryAnalyzers { get; }

    /// <summary>Runs every per-document stage on one article.</summary>
    public Document Annotate(Article article)
    {
        var document = new Document(article);
        foreach (var annotator in Annotators)
        {
            document = annotator.Annotate(document);
            document = document with { Layers = document.Layers | annotator.Produces };
        }

        return document;
    }

    /// <summary>Annotates the articles, detects stories and analyses each one.</summary>
    /// <param name="articles">The articles; duplicates by id are analysed once.</param>
    /// <param name="progress">Receives the number of articles annotated so far.</param>
    /// <param name="cancellationToken">Stops the run between documents.</param>
    public AnalysisResult Analyze(
        IEnumerable<Article> articles,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var unique = articles.DistinctBy(a => a.Id, StringComparer.Ordinal).ToArray();
        var documents = new Document[unique.Length];
        var done = 0;
        Parallel.For(
            0,
            unique.Length,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken },
            i =>
            {
                documents[i] = Annotate(unique[i]);
                progress?.Report(Interlocked.Increment(ref done));
            });

        var grouping = StoryDetector?.Detect(documents) ?? SingletonStories(documents);
        var byId = documents.ToDictionary(d => d.Article.Id, StringComparer.Ordinal);
        var reports = new StoryReport[grouping.Stories.Length];
        Parallel.For(
            0,
            reports.Length,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken },
            i =>
            {
                var story = grouping.Stories[i];
                var context = StoryContext.For(story, grouping, byId);
                var report = new StoryReport(story);
                foreach (var analyzer in StoryAnalyzers)
                {
                    report = analyzer.Analyze(context, report);
                }

                reports[i] = report;
            });

        return new AnalysisResult([.. documents], grouping, [.. reports], []);
    }

    private static StoryGrouping SingletonStories(IReadOnlyList<Document> documents)
    {
        var stories = ImmutableArray.CreateBuilder<Story>();
        var lines = ImmutableArray.CreateBuilder<Storyline>();
        foreach (var document in documents)
        {
            var id = "s" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.Article.Id)).AsSpan(0, 6));
            var title = document.Article.Title ?? document.Article.Path;
            stories.Add(new Story(id, title, "l" + id[1..], [document.Article.Id]));
            lines.Add(new Storyline("l" + id[1..], title, [id]));
        }

        return new StoryGrouping(stories.ToImmutable(), lines.ToImmutable(), []);
    }
}
