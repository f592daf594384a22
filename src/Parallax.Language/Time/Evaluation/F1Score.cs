using System.Globalization;

namespace Parallax.Language.Time.Evaluation;

/// <summary>Precision, recall and their harmonic mean for <paramref name="Correct"/> of <paramref name="Predicted"/> predictions against <paramref name="Expected"/> gold items.</summary>
public sealed record F1Score(int Correct, int Predicted, int Expected)
{
    /// <summary>Correct over predicted; 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct over expected; 0 when nothing was expected.</summary>
    public double Recall => Expected == 0 ? 0 : (double)Correct / Expected;

    /// <summary>The harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The score of <paramref name="correct"/> of <paramref name="predicted"/> against <paramref name="expected"/>.</summary>
    public static F1Score Of(int correct, int predicted, int expected) => new(correct, predicted, expected);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}");
}
