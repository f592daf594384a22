namespace Parallax.Stories.Evaluation;

/// <summary>A precision and recall pair with its F1.</summary>
public sealed record PrecisionRecall(double Precision, double Recall)
{
    /// <summary>The harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;

    /// <inheritdoc />
    public override string ToString() => $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}";
}
