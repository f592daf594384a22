namespace Parallax.Language.PartsOfSpeech;

/// <summary>Token accuracy of a part-of-speech tagger against gold tags.</summary>
/// <param name="Tokens">Tokens tagged.</param>
/// <param name="Correct">Tokens given their gold tag.</param>
public sealed record PosScore(int Tokens, int Correct)
{
    /// <summary>Correct / tokens (0 without tokens).</summary>
    public double Accuracy => Tokens == 0 ? 0 : (double)Correct / Tokens;
}
