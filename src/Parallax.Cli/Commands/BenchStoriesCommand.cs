using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Storage;
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
        var score = new Option<bool>("--score")
        {
            Description = "Also score the clustering pass against the generator's events (B-cubed, largest story); keeps every article's id in memory, so the peak working set rises.",
        };
        var command = new Command("stories", "Measure streaming story detection and storage: articles/s, cost per article as N grows, peak memory.")
        {
            articles, database, texts, seed, batch, gap, score,
        };
        command.SetAction(parse => Run(
            new Settings(
                parse.GetValue(articles),
                parse.GetValue(database),
                parse.GetValue(texts) is { Length: > 0 } given ? given : ["samples"],
                parse.GetValue(seed),
                parse.GetValue(batch),
                parse.GetValue(gap),
                parse.GetValue(score)),
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
        Print(output, "clustering (story detector alone, feature extraction included; generation not timed)", clustering);
        output.WriteLine($"  stories: {clustering.Stories}, open at the end: {clustering.OpenStories}, near-duplicate links: {clustering.Links}, keys held at the end: {clustering.Keys}");
        if (clustering.Events is { } events)
        {
            output.WriteLine($"  against the generator's events: B-cubed {events.Scores.BCubed}; pairwise {events.Scores.Pairwise}; largest story: {events.LargestStory} articles; {events.Scores.GoldClusters} events, {events.Scores.PredictedClusters} stories");
        }

        output.WriteLine($"  peak working set so far: {N(Process.GetCurrentProcess().PeakWorkingSet64 / 1e6)} MB");

        var temporary = settings.Database is null;
        var path = settings.Database ?? Path.Combine(Path.GetTempPath(), $"parallax-bench-{Guid.NewGuid():N}.db");
        if (!temporary && File.Exists(path))
        {
            error.WriteLine($"parallax bench stories: {path} exists; name a new file.");
            return ExitCodes.NothingAnalysed;
        }

        try
        {
            var endToEnd = MeasureEndToEnd(settings, texts, path);
            Print(output, "end to end (generation, SQLite store of articles, detection, story update; one transaction per batch)", endToEnd);
            output.WriteLine($"  saved detector state: {N(endToEnd.StateBytes / 1e6)} MB, keys held at the end: {endToEnd.Keys}");
            output.WriteLine($"  stories: {endToEnd.Stories}, database: {N(new FileInfo(path).Length / 1e6)} MB{(temporary ? " (temporary, deleted)" : $" at {path}")}");
            output.WriteLine($"peak working set: {N(Process.GetCurrentProcess().PeakWorkingSet64 / 1e6)} MB");
        }
        catch (StoreException e)
        {
            error.WriteLine($"parallax bench stories: {e.Message}");
            return ExitCodes.InternalError;
        }
        finally
        {
            if (temporary)
            {
                SqliteStore.DeleteFiles(path);
            }
        }

        return ExitCodes.Success;
    }

    private static Measurement MeasureEndToEnd(Settings settings, IReadOnlyList<SourceText> texts, string path)
    {
        using var store = SqliteStore.Open(path);

        // What StoredStoryDetection does for a new store, with each part of the batch timed apart: the detector's
        // steps inside the store's transaction, and the store's own work (articles, story rows, the state row) as
        // the rest of the batch's time.
        var detector = new StreamingStoryDetector();
        var bucketTicks = new long[Buckets];
        var parts = new PartTimes();
        var stateBytes = new long[Buckets];
        var done = 0;
        var memory = MemoryFigures.Now();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        using var batches = Batches(settings, texts).GetEnumerator();
        while (true)
        {
            var watch = Stopwatch.StartNew();
            if (!batches.MoveNext())
            {
                break;
            }

            var batch = batches.Current.Select(static g => g.Article).ToArray();
            long detect = 0, changes = 0, save = 0, state = 0;
            store.AddArticles(batch, added =>
            {
                var start = Stopwatch.GetTimestamp();
                detector.Add([.. added.AsParallel().AsOrdered().Select(static a => new Document(a))]);
                var afterAdd = Stopwatch.GetTimestamp();
                var change = detector.TakeChanges();
                var afterChanges = Stopwatch.GetTimestamp();
                var saved = detector.SaveState();
                var afterSave = Stopwatch.GetTimestamp();
                (detect, changes, save, state) = (afterAdd - start, afterChanges - afterAdd, afterSave - afterChanges, saved.Length);
                return new StoryStreamUpdate(change, saved);
            });
            watch.Stop();
            var ticks = watch.Elapsed.Ticks;
            var (detectTicks, changesTicks, saveTicks) = (Ticks(detect), Ticks(changes), Ticks(save));
            Spread(bucketTicks, done, batch.Length, ticks, settings.Articles);
            Spread(parts.Detect, done, batch.Length, detectTicks, settings.Articles);
            Spread(parts.Changes, done, batch.Length, changesTicks, settings.Articles);
            Spread(parts.Save, done, batch.Length, saveTicks, settings.Articles);
            Spread(parts.Store, done, batch.Length, Math.Max(0, ticks - detectTicks - changesTicks - saveTicks), settings.Articles);
            stateBytes[(int)((long)(done + batch.Length - 1) * Buckets / settings.Articles)] = state;
            done += batch.Length;
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new Measurement(done, total.Elapsed, cpu, bucketTicks, detector.StoryCount, detector.OpenStoryCount, 0)
        {
            StateBytes = store.LoadStoryStreamState()?.Length ?? 0,
            StateBytesByTenth = stateBytes,
            Parts = parts,
            Keys = detector.KeyCount,
            Memory = MemoryFigures.Now() - memory,
        };
    }

    /// <summary>Stopwatch timestamps as <see cref="TimeSpan"/> ticks.</summary>
    private static long Ticks(long timestamps) => Stopwatch.GetElapsedTime(0, timestamps).Ticks;

    private static Measurement MeasureClustering(Settings settings, IReadOnlyList<SourceText> texts)
    {
        var detector = new StreamingStoryDetector();
        var bucketTicks = new long[Buckets];
        var links = 0L;
        var done = 0;
        var cpu = TimeSpan.Zero;
        var timed = TimeSpan.Zero;
        var generationCpu = TimeSpan.Zero;
        var generationTime = TimeSpan.Zero;
        var inside = default(MemoryFigures);
        var memory = MemoryFigures.Now();
        var events = settings.Score ? new EventScoring() : null;
        using var batches = Batches(settings, texts).GetEnumerator();
        while (true)
        {
            // The generator builds each batch (and its documents) before the clock starts: it is test scaffolding,
            // timed on a line of its own, while extracting features from the texts is clustering and is timed.
            var generationCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var generation = Stopwatch.StartNew();
            if (!batches.MoveNext())
            {
                break;
            }

            var generated = batches.Current;
            var documents = generated.Select(static g => new Document(g.Article)).ToArray();
            generationTime += generation.Elapsed;
            generationCpu += Process.GetCurrentProcess().TotalProcessorTime - generationCpuBefore;

            events?.Add(generated);
            var memoryBefore = MemoryFigures.Now();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            detector.Add(documents);
            var change = detector.TakeChanges();
            watch.Stop();
            cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            inside += MemoryFigures.Now() - memoryBefore;
            timed += watch.Elapsed;
            links += change.Duplicates.Length;
            events?.Take(change);
            Spread(bucketTicks, done, generated.Length, watch.Elapsed.Ticks, settings.Articles);
            done += generated.Length;
        }

        return new Measurement(done, timed, cpu, bucketTicks, detector.StoryCount, detector.OpenStoryCount, links)
        {
            Memory = MemoryFigures.Now() - memory,
            Keys = detector.KeyCount,
            InsideClock = inside,
            Generation = (generationTime, generationCpu),
            Events = events?.Score(),
        };
    }

    /// <summary>Adds a batch's time to the buckets its articles fall in, in proportion.</summary>
    private static void Spread(long[] buckets, int done, int count, long ticks, int total)
    {
        for (var i = 0; i < count; i++)
        {
            buckets[(int)((long)(done + i) * Buckets / total)] += ticks / count;
        }
    }

    private static IEnumerable<GeneratedArticle[]> Batches(Settings settings, IReadOnlyList<SourceText> texts)
    {
        var generator = new SyntheticNewsGenerator(
            texts, (ulong)settings.Seed, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(settings.GapSeconds));
        return generator.GenerateWithEvents(settings.Articles).Chunk(settings.Batch);
    }

    private static void Print(TextWriter output, string stage, Measurement m)
    {
        output.WriteLine($"{stage}:");
        output.WriteLine($"  {m.Articles} articles in {N(m.Timed.TotalSeconds)} s timed: {N(m.Articles / m.Timed.TotalSeconds)} articles/s");
        output.WriteLine($"  process CPU time: {N(m.Cpu.TotalSeconds)} s ({N(m.Articles / m.Cpu.TotalSeconds)} articles per CPU second; load average when done: {N(LoadAverage())})");
        var perBucket = m.Articles / (double)Buckets;
        string Costs(long[] buckets) => string.Join(" ", buckets.Select(t => N(TimeSpan.FromTicks(t).TotalMicroseconds / perBucket)));
        output.WriteLine($"  µs per article in tenths of the stream: {Costs(m.BucketTicks)}");
        if (m.Parts is { } parts)
        {
            output.WriteLine($"    detector.Add (features, clustering, commits to storylines): {Costs(parts.Detect)}");
            output.WriteLine($"    detector.TakeChanges (tentative storylines, changed records): {Costs(parts.Changes)}");
            output.WriteLine($"    detector.SaveState: {Costs(parts.Save)}");
            output.WriteLine($"    store (articles, story rows, state row; the rest of the batch): {Costs(parts.Store)}");
        }

        if (m.StateBytesByTenth is { } sizes)
        {
            // A tenth that no batch ends in shows the size of the batch that ended last before it.
            var last = 0L;
            output.WriteLine($"  saved state at the end of each tenth, MB: {string.Join(" ", sizes.Select(b => N((last = b > 0 ? b : last) / 1e6)))}");
        }
        var g = m.Memory;
        if (m.Generation is var (generationTime, generationCpu))
        {
            output.WriteLine(
                $"  generating the articles (not timed above): {N(generationTime.TotalSeconds)} s, {N(generationCpu.TotalSeconds)} CPU s; "
                + $"with it: {N(m.Articles / (m.Timed.TotalSeconds + generationTime.TotalSeconds))} articles/s, {N((m.Cpu + generationCpu).TotalSeconds)} CPU s");
            Print(output, "allocated inside the clock", m.InsideClock ?? default, m.Articles);
            Print(output, "allocated with generation", g, m.Articles);
        }
        else
        {
            Print(output, "allocated", g, m.Articles);
        }
    }

    private static void Print(TextWriter output, string label, MemoryFigures g, int articles) =>
        output.WriteLine(
            $"  {label}: {N(g.AllocatedBytes / 1e3 / articles)} KB per article; garbage collections (gen 0/1/2): {g.Gen0}/{g.Gen1}/{g.Gen2}, paused {N(g.Paused.TotalSeconds)} s");

    /// <summary>The one-minute load average (Linux), or NaN where it cannot be read: the machine is shared.</summary>
    private static double LoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return double.NaN;
        }
    }

    private static string N(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private sealed record Settings(int Articles, string? Database, string[] Texts, int Seed, int Batch, double GapSeconds, bool Score);

    private sealed record Measurement(
        int Articles, TimeSpan Timed, TimeSpan Cpu, long[] BucketTicks, long Stories, int OpenStories, long Links)
    {
        /// <summary>The size of the detector state saved in the store (end to end only).</summary>
        public long StateBytes { get; init; }

        /// <summary>The saved state's size after the last batch of each tenth of the stream (end to end only).</summary>
        public long[]? StateBytesByTenth { get; init; }

        /// <summary>The batch's time by part, in tenths of the stream (end to end only).</summary>
        public PartTimes? Parts { get; init; }

        /// <summary>The keys (terms, names, anchors) the detector holds at the end.</summary>
        public int Keys { get; init; }

        /// <summary>Allocation and garbage collection during the stage.</summary>
        public MemoryFigures Memory { get; init; }

        /// <summary>The clustering scored against the generator's events (with <c>--score</c>).</summary>
        public EventScore? Events { get; init; }

        /// <summary>Allocation and garbage collection inside the clock only (clustering; null when all of the stage is timed).</summary>
        public MemoryFigures? InsideClock { get; init; }

        /// <summary>Wall-clock and process CPU time of generating the articles outside the clock (clustering only).</summary>
        public (TimeSpan Time, TimeSpan Cpu)? Generation { get; init; }
    }

    /// <summary>Ticks of each part of the end-to-end batches, spread over the tenths of the stream.</summary>
    private sealed class PartTimes
    {
        public long[] Detect { get; } = new long[Buckets];

        public long[] Changes { get; } = new long[Buckets];

        public long[] Save { get; } = new long[Buckets];

        public long[] Store { get; } = new long[Buckets];
    }

    /// <summary>The process's allocation and garbage-collection counters; a difference of two is a stage's share.</summary>
    private readonly record struct MemoryFigures(long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
    {
        public static MemoryFigures Now() => new(
            GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

        public static MemoryFigures operator -(MemoryFigures a, MemoryFigures b) => new(
            a.AllocatedBytes - b.AllocatedBytes, a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.Paused - b.Paused);

        public static MemoryFigures operator +(MemoryFigures a, MemoryFigures b) => new(
            a.AllocatedBytes + b.AllocatedBytes, a.Gen0 + b.Gen0, a.Gen1 + b.Gen1, a.Gen2 + b.Gen2, a.Paused + b.Paused);
    }
}
