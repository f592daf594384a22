using System.Collections.Immutable;

namespace Parallax.Extraction.Evaluation;

/// <summary>The 4-gram evaluation over a data set.</summary>
/// <param name="PagesScored">Pages scored.</param>
/// <param name="Precision">Per-page 4-gram precision, averaged over the scored pages.</param>
/// <param name="Recall">Per-page 4-gram recall, averaged over the scored pages.</param>
/// <param name="Skipped">Pages left out (file missing or unreadable, ground truth without a single 4-gram).</param>
/// <param name="ExtractorFailures">Pages on which the extractor threw, scored as extracting nothing.</param>
public sealed record FourGramScore(int PagesScored, double Precision, double Recall, ImmutableArray<SkippedPage> Skipped, ImmutableArray<SkippedPage> ExtractorFailures)
{
    /// <summary>F1 of the averaged precision and recall (not the average of per-page F1s).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
