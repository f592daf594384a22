using System.Collections.Immutable;

namespace Parallax.Extraction.Evaluation;

/// <summary>The snippet evaluation over a data set: counts summed over the scored pages, and the pages skipped.</summary>
/// <param name="PagesScored">Pages whose HTML was read and scored (an extractor failure scores as a full miss).</param>
/// <param name="Counts">TP, FN, FP, TN summed over the scored pages; precision, recall and F1 derive from them.</param>
/// <param name="Skipped">Pages whose file was missing or unreadable, with the reason; not in the counts.</param>
/// <param name="ExtractorFailures">Pages on which the extractor threw, counted as extracting nothing.</param>
public sealed record SnippetScore(int PagesScored, SnippetCounts Counts, ImmutableArray<SkippedPage> Skipped, ImmutableArray<SkippedPage> ExtractorFailures);
