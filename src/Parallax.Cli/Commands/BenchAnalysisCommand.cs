using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;
using Parallax.Extraction;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>bench analysis PATH... [--runs 3]</c>: runs the pipeline <c>analyze</c> uses over the articles read from the
/// paths, one stage at a time on one thread (every document annotator, the story detector, every story analyzer),
/// and prints each stage's time, per article and per token, so a slow stage shows by name. Reading and the store are
/// not timed (<c>bench extraction</c>, <c>bench stories</c>). Reports, never judges.
/// </summary>
internal static class BenchAnalysisCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Article files or folders, as for analyze.", Arity = ArgumentArity.OneOrMore };
        var runs = new Option<int>("--runs") { Description = "Timed runs after one warm-up run; the fastest is reported.", DefaultValueFactory = _ => 3 };
        var command = new Command("analysis", "Measure the analysis pipeline stage by stage on one thread: annotators, story detection, story analyzers.")
        {
            paths, runs,
        };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], parse.GetValue(runs), output, error));
        return command;
    }

    private static int Run(string[] paths, int runs, TextWriter output, TextWriter error)
    {
        if (runs < 1)
        {
            error.WriteLine("parallax bench analysis: --runs must be at least 1.");
            return ExitCodes.NothingAnalysed;
        }

        var articles = new List<Article>();
        foreach (var result in new ArticleReader(new ExtractionOptions()).Read(paths))
        {
            if (result.Article is not null)
            {
                articles.Add(result.Article);
            }
            else if (result.Problem is not null)
            {
                error.WriteLine($"skipped {result.Problem.Path}: {result.Problem.Reason}");
            }
        }

        articles = [.. articles.DistinctBy(a => a.Id, StringComparer.Ordinal)];
        if (articles.Count == 0)
        {
            error.WriteLine("parallax bench analysis: no article could be read from the given paths.");
            return ExitCodes.NothingAnalysed;
        }

        var pipeline = DefaultPipeline.Create();
        var best = Measure(pipeline, articles);
        for (var run = 0; run < runs; run++)
        {
            var timing = Measure(pipeline, articles);
            best = timing.Total < best.Total || run == 0 ? timing : best;
        }

        Print(output, articles.Count, runs, best);
        return ExitCodes.Success;
    }

    private static StageTimes Measure(ParallaxPipeline pipeline, List<Article> articles)
    {
        var stages = new List<(string Stage, TimeSpan Time)>();
        var documents = articles.Select(a => new Document(a)).ToArray();
        foreach (var annotator in pipeline.Annotators)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < documents.Length; i++)
            {
                var document = annotator.Annotate(documents[i]);
                documents[i] = document with { Layers = document.Layers | annotator.Produces };
            }

            stages.Add(("annotator " + annotator.Name, clock.Elapsed));
        }

        var detection = Stopwatch.StartNew();
        var grouping = pipeline.StoryDetector!.Detect(documents);
        stages.Add(("story detection", detection.Elapsed));

        var byId = documents.ToDictionary(d => d.Article.Id, StringComparer.Ordinal);
        var contexts = grouping.Stories.Select(s => StoryContext.For(s, grouping, byId)).ToArray();
        var reports = contexts.Select(c => new StoryReport(c.Story)).ToArray();
        foreach (var analyzer in pipeline.StoryAnalyzers)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < contexts.Length; i++)
            {
                reports[i] = analyzer.Analyze(contexts[i], reports[i]);
            }

            stages.Add(("story analyzer " + analyzer.Name, clock.Elapsed));
        }

        return new StageTimes(stages, documents.Sum(d => d.Tokens.IsDefault ? 0 : d.Tokens.Length), grouping.Stories.Length);
    }

    private static void Print(TextWriter output, int articles, int runs, StageTimes times)
    {
        var total = times.Total.TotalSeconds;
        output.WriteLine($"articles: {articles}, tokens: {times.Tokens}, stories: {times.Stories}; fastest of {runs} run(s) after a warm-up, one thread");
        output.WriteLine($"{"stage",-34} {"ms",10} {"µs/article",11} {"share",6}");
        foreach (var (stage, time) in times.Stages)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{stage,-34} {time.TotalMilliseconds,10:0.0} {time.TotalMicroseconds / articles,11:0} {time.TotalSeconds / total,6:P0}"));
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"total: {total * 1000:0.0} ms, {articles / total:0.0} articles/s, {times.Tokens / total:0} tokens/s on one thread"));
    }

    private sealed record StageTimes(List<(string Stage, TimeSpan Time)> Stages, int Tokens, int Stories)
    {
        public TimeSpan Total { get; } = Stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Time);
    }
}
