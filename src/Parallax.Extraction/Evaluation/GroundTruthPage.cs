namespace Parallax.Extraction.Evaluation;

/// <summary>One page of a ground-truth set: its id (page file <c>html/ID.html.gz</c>), URL and true article body.</summary>
public sealed record GroundTruthPage(string Id, string? Url, string ArticleBody);
