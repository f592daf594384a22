using System.Diagnostics;
using System.Text;

namespace Parallax.Extraction.Evaluation;

/// <summary>
/// Runs an extractor over pages held in memory, on the calling thread, a given number of times, after one untimed
/// warm-up pass (JIT, caches). Reading and decoding the pages is not timed. Stateless and thread-safe; a measurement,
/// never a test: nothing here asserts a speed.
/// </summary>
public static class ExtractionBenchmark
{
    /// <summary>Extracts every page <paramref name="runs"/> times with <paramref name="extract"/> and reports the cost.</summary>
    public static BenchmarkResult Run(IReadOnlyList<string> pages, int runs, Func<string, string> extract)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(extract);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var bytes = pages.Sum(p => (long)Encoding.UTF8.GetByteCount(p));
        _ = Pass(pages, extract);
        var failures = 0;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var run = 0; run < runs; run++)
        {
            failures += Pass(pages, extract);
        }

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new BenchmarkResult(pages.Count, runs, bytes, clock.Elapsed, allocated, process.PeakWorkingSet64, failures);
    }

    private static int Pass(IReadOnlyList<string> pages, Func<string, string> extract)
    {
        var failures = 0;
        var sink = 0;
        foreach (var page in pages)
        {
            try
            {
                sink += extract(page).Length;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures++;
            }
        }

        GC.KeepAlive(sink);
        return failures;
    }
}
