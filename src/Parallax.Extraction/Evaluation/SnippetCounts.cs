namespace Parallax.Extraction.Evaluation;

/// <summary>Snippet outcomes: "with" snippets found (TP) or missed (FN), "without" snippets found (FP) or absent (TN).</summary>
public readonly record struct SnippetCounts(int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives)
{
    public static SnippetCounts operator +(SnippetCounts a, SnippetCounts b) => new(
        a.TruePositives + b.TruePositives,
        a.FalseNegatives + b.FalseNegatives,
        a.FalsePositives + b.FalsePositives,
        a.TrueNegatives + b.TrueNegatives);

    /// <summary>TP / (TP + FP); 0 when nothing was found.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 0 when there was nothing to find.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>2TP / (2TP + FP + FN), the harmonic mean of precision and recall.</summary>
    public double F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    /// <summary>Named alternative to the + operator.</summary>
    public SnippetCounts Add(SnippetCounts other) => this + other;

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
