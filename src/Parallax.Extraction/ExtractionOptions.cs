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

    /// <summary>
    /// When a batch is read with <see cref="ArticleReader.Read"/>, learn each site's template (body paragraphs that
    /// recur across many of its pages) and move those paragraphs to the removed blocks. See docs/architecture.md.
    /// </summary>
    public bool LearnSiteTemplates { get; init; } = true;

    /// <summary>
    /// How many read results are held back at most while templates are learned: memory stays bounded on large
    /// batches, at the cost of learning each window's templates separately.
    /// </summary>
    public int SiteTemplateWindow { get; init; } = 1000;
}
