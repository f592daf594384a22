namespace Parallax.Language.Entities.Ner;

/// <summary>Exact-span counts for one entity type (or all): gold names, predicted names, and names predicted exactly.</summary>
public readonly record struct NerCounts(int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / predicted; 0 when nothing was predicted (as conlleval prints it).</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold; 0 when there is no gold name.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>The harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The sum of two counts.</summary>
    public static NerCounts operator +(NerCounts a, NerCounts b) =>
        new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);

    public static NerCounts Add(NerCounts left, NerCounts right) => left + right;
}
