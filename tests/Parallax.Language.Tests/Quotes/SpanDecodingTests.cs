using Parallax.Language.Quotes.Tagging;

namespace Parallax.Language.Tests.Quotes;

/// <summary>The span taggers' decoders on lattices built by hand and at random: no model, no text.</summary>
public sealed class SpanDecodingTests
{
    private const int O = SpanLabels.Outside;
    private const int BeginCue = 1;
    private const int InsideCue = 2;

    [Fact]
    public void Viterbi_finds_a_span_whose_first_token_the_greedy_decoder_passes_over()
    {
        // Token 0 leans to Outside, token 1 is strongly Inside: only Begin, Inside is legal and scores best.
        var lattice = Lattice(3, [[1, 0, -5], [0, -5, 10], [2, -5, -5]]);

        Assert.Equal([BeginCue, InsideCue, O], ViterbiSpanDecoder.Decode(lattice));
        Assert.NotEqual([BeginCue, InsideCue, O], GreedySpanDecoder.Decode(lattice));
    }

    [Fact]
    public void Viterbi_never_puts_an_inside_label_after_outside_or_after_another_role()
    {
        // Inside labels score highest: the best legal sequences open each span with its Begin label. A source's
        // Begin before two content Insides would score 121, one more than the legal content span.
        var cues = Lattice(3, [[0, 1, 50], [0, 1, 50], [0, 1, 50]]);
        var roles = Lattice(5, [[0, 1, 50, 0, 0], [0, 0, 0, 0, 60], [0, 0, 0, 0, 60]]);

        Assert.Equal([BeginCue, InsideCue, InsideCue], ViterbiSpanDecoder.Decode(cues));
        Assert.Equal([SpanLabels.Begin(1), SpanLabels.Inside(1), SpanLabels.Inside(1)], ViterbiSpanDecoder.Decode(roles));
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(3, 2)]
    [InlineData(5, 3)]
    [InlineData(5, 4)]
    public void Viterbi_scores_as_high_as_the_best_legal_sequence_found_by_brute_force(int labels, int seed)
    {
        var random = new Random(seed);
        for (var trial = 0; trial < 40; trial++)
        {
            var lattice = new LabelLattice(1 + random.Next(5), labels);
            for (var i = 0; i < lattice.Length; i++)
            {
                Fill(lattice.LabelScores(i), random);
                Fill(lattice.PairScores(i), random);
            }

            var decoded = ViterbiSpanDecoder.Decode(lattice);

            Assert.True(Legal(decoded));
            Assert.Equal(BruteForceBest(lattice), ScoreOf(lattice, decoded), 4);
        }
    }

    [Fact]
    public void Pair_scores_count_the_label_before_the_first_token_as_outside()
    {
        var lattice = new LabelLattice(1, 3);
        lattice.PairScores(0)[(O * 3) + BeginCue] = 5; // Begin after Outside
        lattice.PairScores(0)[(BeginCue * 3) + O] = 9; // Outside after Begin: not the first token's case

        Assert.Equal([BeginCue], ViterbiSpanDecoder.Decode(lattice));
    }

    private static LabelLattice Lattice(int labels, float[][] own)
    {
        var lattice = new LabelLattice(own.Length, labels);
        for (var i = 0; i < own.Length; i++)
        {
            own[i].CopyTo(lattice.LabelScores(i));
        }

        return lattice;
    }

    private static void Fill(Span<float> scores, Random random)
    {
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] = (float)((random.NextDouble() * 10) - 5);
        }
    }

    private static bool Legal(int[] labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            if (!SpanLabels.Allowed(i > 0 ? labels[i - 1] : O, labels[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static double ScoreOf(LabelLattice lattice, int[] labels)
    {
        var score = 0.0;
        for (var i = 0; i < labels.Length; i++)
        {
            score += lattice.Score(i, i > 0 ? labels[i - 1] : O, labels[i]);
        }

        return score;
    }

    private static double BruteForceBest(LabelLattice lattice)
    {
        var best = double.NegativeInfinity;
        var labels = new int[lattice.Length];
        var total = (int)Math.Pow(lattice.Labels, lattice.Length);
        for (var code = 0; code < total; code++)
        {
            for (int i = 0, rest = code; i < labels.Length; i++, rest /= lattice.Labels)
            {
                labels[i] = rest % lattice.Labels;
            }

            if (Legal(labels))
            {
                best = Math.Max(best, ScoreOf(lattice, labels));
            }
        }

        return best;
    }
}
