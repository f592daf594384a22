namespace Parallax.Comparison.Evaluation;

/// <summary>ROUGE-N counts: clipped n-gram hits, the models' n-grams, and the peer's n-grams counted once per model.</summary>
public sealed record RougeScore(int Hits, int ModelGrams, int PeerGrams)
{
    /// <summary>Hits over the models' n-grams.</summary>
    public double Recall => ModelGrams == 0 ? 0 : (double)Hits / ModelGrams;

    /// <summary>Hits over the peer's n-grams.</summary>
    public double Precision => PeerGrams == 0 ? 0 : (double)Hits / PeerGrams;
}
