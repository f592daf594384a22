namespace Parallax.Language.Quotes.Tagging;

/// <summary>
/// The scores of every label of every token of a paragraph, and of every (previous label, label) pair: what a
/// decoder chooses a label sequence from. A sequence's score is the sum of <see cref="Score"/> along it, the first
/// token following <see cref="SpanLabels.Outside"/>.
/// </summary>
internal sealed class LabelLattice
{
    private readonly float[] labelScores;
    private readonly float[] pairScores;

    /// <summary>A lattice of zero scores, to be filled through <see cref="LabelScores"/> and <see cref="PairScores"/>.</summary>
    public LabelLattice(int length, int labels)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfLessThan(labels, 1);
        Length = length;
        Labels = labels;
        labelScores = new float[length * labels];
        pairScores = new float[length * labels * labels];
    }

    public int Length { get; }

    public int Labels { get; }

    /// <summary>The score of <paramref name="label"/> at token <paramref name="i"/> after <paramref name="previous"/>.</summary>
    public float Score(int i, int previous, int label) =>
        labelScores[(i * Labels) + label] + pairScores[(((i * Labels) + previous) * Labels) + label];

    /// <summary>Token <paramref name="i"/>'s own score of each label.</summary>
    public Span<float> LabelScores(int i) => labelScores.AsSpan(i * Labels, Labels);

    /// <summary>Token <paramref name="i"/>'s score of each (previous label, label) pair.</summary>
    public Span<float> PairScores(int i) => pairScores.AsSpan(i * Labels * Labels, Labels * Labels);

    /// <summary>
    /// Scores <paramref name="length"/> tokens with <paramref name="scorer"/>; <paramref name="beginBias"/> is added to
    /// every Begin label (above 0 it trades precision for recall).
    /// </summary>
    public static LabelLattice Of(int length, ITokenFeatures source, SpanScorer scorer, float beginBias = 0)
    {
        var lattice = new LabelLattice(length, scorer.LabelCount);
        var features = new List<ulong>(64);
        for (var i = 0; i < length; i++)
        {
            features.Clear();
            source.AddObserved(i, features);
            var own = lattice.LabelScores(i);
            scorer.Labels.Score(features, own);
            for (var l = 1; l < own.Length; l += 2)
            {
                own[l] += beginBias;
            }

            features.Clear();
            source.AddTransition(i, features);
            scorer.Pairs.Score(features, lattice.PairScores(i));
        }

        return lattice;
    }
}
