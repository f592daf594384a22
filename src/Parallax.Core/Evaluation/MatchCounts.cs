using System.Globalization;

namespace Parallax.Core.Evaluation;

/// <summary>
/// The counts behind precision, recall and F1 in every span-matching benchmark (entities, quote spans, time
/// expressions): gold items, predicted items, and predictions that match a gold item.
/// </summary>
public readonly record struct MatchCounts(int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / predicted; 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold; 0 when there is no gold item.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>The harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The sum of two counts.</summary>
    public static MatchCounts operator +(MatchCounts a, MatchCounts b) =>
        new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);

    /// <summary>Named alternative to the + operator.</summary>
    public static MatchCounts Add(MatchCounts left, MatchCounts right) => left + right;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}");
}
