namespace Parallax.Extraction.Evaluation;

/// <summary>What one benchmark run measured; figures describe this machine at this moment, nothing more.</summary>
/// <param name="Pages">Pages extracted per run.</param>
/// <param name="Runs">How many times every page was extracted.</param>
/// <param name="HtmlBytes">UTF-8 size of the pages' HTML, per run.</param>
/// <param name="Elapsed">Wall-clock time of all runs on one thread (the warm-up pass excluded).</param>
/// <param name="AllocatedBytes">Bytes the GC allocated on the measuring thread during the runs.</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set at the end (loading the pages included).</param>
/// <param name="Failures">Extractions that threw, over all runs.</param>
public sealed record BenchmarkResult(int Pages, int Runs, long HtmlBytes, TimeSpan Elapsed, long AllocatedBytes, long PeakWorkingSetBytes, int Failures)
{
    /// <summary>Pages per second on the single measuring thread, i.e. per core.</summary>
    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? (double)Pages * Runs / Elapsed.TotalSeconds : 0;

    /// <summary>Megabytes (10^6 bytes) of HTML per second on the single measuring thread.</summary>
    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? (double)HtmlBytes * Runs / 1e6 / Elapsed.TotalSeconds : 0;

    /// <summary>GC-allocated bytes per page extracted.</summary>
    public double AllocatedBytesPerPage => Pages * Runs > 0 ? (double)AllocatedBytes / (Pages * Runs) : 0;
}
