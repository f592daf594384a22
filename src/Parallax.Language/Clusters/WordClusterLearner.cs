using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Clusters;

/// <summary>
/// Learns <see cref="WordClusters"/> from unlabelled sentences, the distributional way (words used in the same
/// contexts share a cluster; Lin and Wu 2009 cluster words by k-means over their context vectors): each word is
/// described by which frequent words stand one and two positions before and after it, weighted by positive
/// pointwise mutual information with the context distribution smoothed by the power 0.75 (Levy, Goldberg and
/// Dagan 2015), and the unit-length vectors are split by spherical k-means into nested clusters. Deterministic:
/// the same sentences and options give the same clusters.
/// </summary>
public static class WordClusterLearner
{
    private const double ContextSmoothing = 0.75;
    private static readonly int[] Offsets = [-2, -1, 1, 2];

    /// <summary>Clusters the words of <paramref name="sentences"/> (tokens; compared in lower case).</summary>
    public static WordClusters Learn(IEnumerable<IReadOnlyList<string>> sentences, WordClusterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        options ??= WordClusterOptions.Default;
        if (options.Top * Math.Pow(options.Branching, options.Levels - 1) > ushort.MaxValue + 1)
        {
            throw new ArgumentException("Too many clusters at the finest level for the file format.", nameof(options));
        }

        var (words, corpus) = Index(sentences);

        // Ranks by frequency, ties in ordinal order, so the vocabulary does not depend on the order of first sight.
        var byFrequency = Enumerable.Range(0, words.Count)
            .OrderByDescending(w => words[w].Count)
            .ThenBy(w => words[w].Word, StringComparer.Ordinal)
            .ToArray();
        var rank = new int[words.Count];
        for (var r = 0; r < byFrequency.Length; r++)
        {
            rank[byFrequency[r]] = r;
        }

        var clustered = byFrequency.TakeWhile((w, r) => r < options.MaxWords && words[w].Count >= options.MinCount).ToArray();
        var contexts = Math.Min(options.ContextWords, words.Count);
        var dimensions = Offsets.Length * (contexts + 1); // the last context of each offset is the sentence edge
        var rows = Vectors(corpus, rank, clustered.Length, contexts, dimensions);
        var kept = Enumerable.Range(0, clustered.Length).Where(r => rows[r].Dimensions.Length > 0).ToArray();
        var finest = new Dictionary<ulong, int>();
        var random = new SplitMix64(options.Seed);
        Split(rows, kept, 0, 0, options, dimensions, random, (member, id) => finest[HashedWords.Hash(words[clustered[member]].Word)] = id);
        return new WordClusters(options.Top, options.Branching, options.Levels, finest);
    }

    private static (List<(string Word, int Count)> Words, List<int[]> Corpus) Index(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<(string Word, int Count)>();
        var corpus = new List<int[]>();
        foreach (var sentence in sentences)
        {
            var encoded = new int[sentence.Count];
            for (var i = 0; i < sentence.Count; i++)
            {
                var word = sentence[i].ToLowerInvariant();
                if (!ids.TryGetValue(word, out var id))
                {
                    ids[word] = id = words.Count;
                    words.Add((word, 0));
                }

                words[id] = (word, words[id].Count + 1);
                encoded[i] = id;
            }

            corpus.Add(encoded);
        }

        return (words, corpus);
    }

    /// <summary>The unit-length PPMI context vector of each clustered word (by rank); empty for a word without a positive context.</summary>
    private static SparseRow[] Vectors(List<int[]> corpus, int[] rank, int clustered, int contexts, int dimensions)
    {
        var counts = new Dictionary<int, double>[clustered];
        for (var r = 0; r < clustered; r++)
        {
            counts[r] = [];
        }

        var columnTotals = new double[dimensions];
        foreach (var sentence in corpus)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                var row = rank[sentence[i]];
                if (row >= clustered)
                {
                    continue;
                }

                for (var o = 0; o < Offsets.Length; o++)
                {
                    var j = i + Offsets[o];
                    var context = j < 0 || j >= sentence.Length ? contexts : rank[sentence[j]] < contexts ? rank[sentence[j]] : -1;
                    if (context >= 0)
                    {
                        var dimension = (o * (contexts + 1)) + context;
                        counts[row][dimension] = counts[row].GetValueOrDefault(dimension) + 1;
                        columnTotals[dimension]++;
                    }
                }
            }
        }

        var smoothed = columnTotals.Select(c => Math.Pow(c, ContextSmoothing)).ToArray();
        var smoothedTotal = smoothed.Sum();
        var rows = new SparseRow[clustered];
        for (var r = 0; r < clustered; r++)
        {
            var rowTotal = counts[r].Values.Sum();
            var entries = counts[r]
                .Select(p => (Dimension: p.Key, Weight: Math.Log(p.Value * smoothedTotal / (rowTotal * smoothed[p.Key]))))
                .Where(e => e.Weight > 0)
                .OrderBy(e => e.Dimension)
                .ToArray();
            var norm = Math.Sqrt(entries.Sum(e => e.Weight * e.Weight));
            rows[r] = new SparseRow([.. entries.Select(e => e.Dimension)], [.. entries.Select(e => e.Weight / norm)]);
        }

        return rows;
    }

    /// <summary>Splits <paramref name="members"/> at <paramref name="level"/> and below, reporting each member's finest cluster.</summary>
    private static void Split(SparseRow[] rows, int[] members, int level, int prefix, WordClusterOptions options, int dimensions, SplitMix64 random, Action<int, int> report)
    {
        if (level == options.Levels)
        {
            foreach (var member in members)
            {
                report(member, prefix);
            }

            return;
        }

        var k = level == 0 ? options.Top : options.Branching;
        var assigned = SphericalKMeans.Cluster(rows, members, k, dimensions, options.Iterations, random);
        for (var c = 0; c < k; c++)
        {
            var part = members.Where((_, m) => assigned[m] == c).ToArray();
            if (part.Length > 0)
            {
                Split(rows, part, level + 1, (prefix * k) + c, options, dimensions, random, report);
            }
        }
    }
}
