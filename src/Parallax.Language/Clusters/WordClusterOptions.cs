namespace Parallax.Language.Clusters;

/// <summary>How <see cref="WordClusterLearner"/> learns word clusters.</summary>
/// <param name="MinCount">Words seen fewer times than this get no cluster: their contexts are too few to place them.</param>
/// <param name="MaxWords">At most this many words, the most frequent, get a cluster (keeps the shipped file small).</param>
/// <param name="ContextWords">The most frequent words whose presence ±1 and ±2 positions away (and the sentence edges) describe a word.</param>
/// <param name="Top">Clusters at the coarsest level.</param>
/// <param name="Branching">Each cluster splits into this many at the next level.</param>
/// <param name="Levels">Levels of clusters (with the defaults 64, 256 and 1,024 clusters).</param>
/// <param name="Iterations">Passes of k-means at each split.</param>
/// <param name="Seed">Seeds the choice of the first centres, so learning is reproducible.</param>
public sealed record WordClusterOptions(
    int MinCount = 3, int MaxWords = 40000, int ContextWords = 1000, int Top = 64, int Branching = 4, int Levels = 3, int Iterations = 15, ulong Seed = 2010)
{
    /// <summary>The settings of the shipped clusters.</summary>
    public static WordClusterOptions Default { get; } = new();
}
