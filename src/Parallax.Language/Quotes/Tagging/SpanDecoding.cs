namespace Parallax.Language.Quotes.Tagging;

/// <summary>How a span tagger chooses a paragraph's labels; a model is tagged the way it was trained.</summary>
public enum SpanDecoding
{
    /// <summary>Left to right, each token the best label after the one chosen before it; learns token by token.</summary>
    Greedy,

    /// <summary>The best-scoring legal label sequence of the paragraph (Viterbi); learns from whole sequences (Collins 2002).</summary>
    Viterbi,
}
