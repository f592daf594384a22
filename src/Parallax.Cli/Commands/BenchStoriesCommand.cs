using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Stories;
using Parallax.Stories.Evaluation;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>bench stories --articles N [--db FILE]</c>: streams N synthetic articles varied from real texts through the
/// streaming story detector alone, then through ingestion, detection and the SQLite store, and prints articles/s,
/// the cost per article in tenths of the stream (flat when the window bounds the work) and the peak working set.
/// Reports, never judges.
/// </summary>
public static class BenchStoriesCommand
{
    private const int Buckets = 10;

    /// <summary>The <c>stories</c> subcommand; figures go to <paramref name="output"/>, problems to <paramref name="error"/>.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to stream.", Required = true };
        var database = new Option<string?>("--db")
        {
            Description = "The SQLite file for the end-to-end pass (created; default: a temporary file, deleted afterwards).",
        };
        var texts = new Option<string[]>("--texts")
        {
            Description = "Files or folders of real texts to vary (.txt, and files without extension such as DUC 2004 documents); repeatable. Default: samples.",
            AllowMultipleArgumentsPerToken = true,
        };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator.", DefaultValueFactory = _ => 1 };
        var batch = new Option<int>("--batch") { Description = "Articles per batch (one store transaction each).", DefaultValueFactory = _ => 1000 };
        var gap = new Option<double>("--gap") { Description = "Mean seconds between articles.", DefaultValueFactory = _ => 30 };
        var command = new Command("stories", "Measure streaming story detection and storage: articles/s, cost per article as N grows, peak memory.")
        {
            articles, database, texts, seed, batch, gap,
        };
        command.SetAction(parse => Run(
            new Settings(
                parse.GetValue(articles),
                parse.GetValue(database),
                parse.GetValue(texts) is { Length: > 0 } given ? given : ["samples"],
                parse.GetValue(seed),
                parse.GetValue(batch),
                parse.GetValue(gap)),
            output,
            error));
        return command;
    }

    private static int Run(Settings settings, TextWriter output, TextWriter error)
    {
        if (settings.Articles < 1 || settings.Batch < 1 || settings.GapSeconds <= 0)
        {
            error.WriteLine("parallax bench stories: --articles and --batch must be at least 1 and --gap positive.");
            return ExitCodes.NothingAnalysed;
        }

        var texts = SourceText.Read(settings.Texts);
        if (texts.IsEmpty)
        {
            error.WriteLine($"parallax bench stories: no text of 200 characters or more under {string.Join(", ", settings.Texts)}");
            return ExitCodes.NothingAnalysed;
        }

        output.WriteLine($"source texts: {texts.Length} from {string.Join(", ", settings.Texts)}");
        output.WriteLine($"articles: {settings.Articles}, batch: {settings.Batch}, mean gap: {N(settings.GapSeconds)} s, seed: {settings.Seed}");

        var clustering = MeasureClustering(settings, texts);
        Print(output, "clustering (story detector alone; generation not timed)", clustering);
        output.WriteLine($"  stories: {clustering.Stories}, open at the end: {clustering.OpenStories}, near-duplicate links: {clustering.Links}");
        output.WriteLine($"  peak working set so far: {N(Process.GetCurrentProcess().PeakWorkingSet64 / 1e6)} MB");
        return ExitCodes.Success;
    }

    private static Measurement MeasureClustering(Settings settings, IReadOnlyList<SourceText> texts)
    {
        var detector = new StreamingStoryDetector();
        var bucketTicks = new long[Buckets];
        var links = 0L;
        var done = 0;
        var total = Stopwatch.StartNew();
        var timed = TimeSpan.Zero;
        foreach (var batch in Batches(settings, texts))
        {
            var documents = batch.Select(static a => new Document(a)).ToArray();
            var watch = Stopwatch.StartNew();
            detector.Add(documents);
            var change = detector.TakeChanges();
            watch.Stop();
            timed += watch.Elapsed;
            links += change.Duplicates.Length;
            Spread(bucketTicks, done, batch.Length, watch.Elapsed.Ticks, settings.Articles);
            done += batch.Length;
        }

        return new Measurement(done, timed, total.Elapsed, bucketTicks, detector.StoryCount, detector.OpenStoryCount, links);
    }

    /// <summary>Adds a batch's time to the buckets its articles fall in, in proportion.</summary>
    private static void Spread(long[] buckets, int done, int count, long ticks, int total)
    {
        for (var i = 0; i < count; i++)
        {
            buckets[(int)((long)(done + i) * Buckets / total)] += ticks / count;
        }
    }

    private static IEnumerable<Article[]> Batches(Settings settings, IReadOnlyList<SourceText> texts)
    {
        var generator = new SyntheticNewsGenerator(
            texts, (ulong)settings.Seed, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(settings.GapSeconds));
        return generator.Generate(settings.Articles).Chunk(settings.Batch);
    }

    private static void Print(TextWriter output, string stage, Measurement m)
    {
        output.WriteLine($"{stage}:");
        output.WriteLine($"  {m.Articles} articles in {N(m.Timed.TotalSeconds)} s timed: {N(m.Articles / m.Timed.TotalSeconds)} articles/s");
        var perBucket = m.Articles / (double)Buckets;
        var costs = m.BucketTicks.Select(t => N(TimeSpan.FromTicks(t).TotalMicroseconds / perBucket));
        output.WriteLine($"  µs per article in tenths of the stream: {string.Join(" ", costs)}");
    }

    private static string N(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private sealed record Settings(int Articles, string? Database, string[] Texts, int Seed, int Batch, double GapSeconds);

    private sealed record Measurement(
        int Articles, TimeSpan Timed, TimeSpan Wall, long[] BucketTicks, long Stories, int OpenStories, long Links);
}
