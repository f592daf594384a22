namespace Parallax.Language.Quotes.Tagging;

/// <summary>Decodes and learns the way a <see cref="SpanDecoding"/> names.</summary>
internal static class SpanDecoder
{
    public static int[] Decode(SpanDecoding decoding, LabelLattice lattice) =>
        decoding == SpanDecoding.Viterbi ? ViterbiSpanDecoder.Decode(lattice) : GreedySpanDecoder.Decode(lattice);

    public static int[] Learn(SpanDecoding decoding, int length, ITokenFeatures source, SpanTaggerLearner learner, int[] gold) =>
        decoding == SpanDecoding.Viterbi ? ViterbiSpanDecoder.Learn(length, source, learner, gold) : GreedySpanDecoder.Learn(length, source, learner, gold);
}
