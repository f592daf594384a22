namespace Parallax.Cli;

/// <summary>What <c>parallax analyze</c> was asked to do.</summary>
/// <param name="Paths">Files and folders to read.</param>
/// <param name="DatabasePath">The SQLite store.</param>
/// <param name="Format">Report format: html, md or json.</param>
/// <param name="OutputPath">Where the report goes; null for the default name in the current folder.</param>
/// <param name="MaxFileBytes">Files larger than this are rejected.</param>
/// <param name="ShowProgress">Whether to draw a progress bar (only on an interactive terminal).</param>
public sealed record AnalyzeSettings(
    IReadOnlyList<string> Paths,
    string DatabasePath,
    string Format,
    string? OutputPath,
    long MaxFileBytes,
    bool ShowProgress);
