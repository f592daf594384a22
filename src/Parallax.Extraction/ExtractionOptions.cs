namespace Parallax.Extraction;

/// <summary>Limits and switches for reading inputs.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Files larger than this (and gzip files that inflate beyond it) are refused as a problem.</summary>
    public long MaxFileBytes { get; init; } = 10_000_000;

    /// <summary>
    /// When a folder is read, hidden entries (names starting with '.') are skipped silently; files with an
    /// unsupported extension found inside folders are reported as problems unless this is false.
    /// </summary>
    public bool ReportUnsupportedFilesInFolders { get; init; } = true;
}
