namespace Parallax.Extraction.Evaluation;

/// <summary>A page left out of a score, and why (file missing, unreadable, no ground truth).</summary>
public sealed record SkippedPage(string Name, string Reason);
