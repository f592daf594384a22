using System.Globalization;

namespace Parallax.Language.Quotes.Evaluation;

/// <summary>Matched, system and gold span counts, with precision, recall and F1.</summary>
public sealed record SpanCounts(int Matched, int System, int Gold)
{
    /// <summary>No spans.</summary>
    public static SpanCounts Zero { get; } = new(0, 0, 0);

    public double Precision => System == 0 ? 0 : (double)Matched / System;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The sum of two counts.</summary>
    public SpanCounts Plus(SpanCounts other) => new(Matched + other.Matched, System + other.System, Gold + other.Gold);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}");
}
