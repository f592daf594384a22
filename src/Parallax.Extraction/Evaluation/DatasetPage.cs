namespace Parallax.Extraction.Evaluation;

/// <summary>A page's decoded HTML, or why it could not be had; exactly one of the two is set.</summary>
public sealed record DatasetPage(string Name, string? Html, string? Problem);
