using System.IO.Compression;
using System.Text;
using Parallax.Language.Clusters;

namespace Parallax.Language.Tests.Clusters;

public sealed class WordClusterLearnerTests
{
    private static readonly string[] Animals = ["heron", "otter", "badger", "marten"];
    private static readonly string[] Verbs = ["paints", "mends", "sketches", "carves"];

    // An invented corpus of two word classes in different contexts: "the <animal> slept outside" and "she <verb>
    // boats daily". Eight distinct context vectors (the two classes and six frame words) for eight clusters, so
    // k-means++ starts a cluster on each and words with the same contexts cannot end apart.
    private static readonly IReadOnlyList<string>[] Corpus =
    [
        .. Animals.Select(a => (IReadOnlyList<string>)["The", a, "slept", "outside"]),
        .. Verbs.Select(v => (IReadOnlyList<string>)["She", v, "boats", "daily"]),
        ["the", "heron", "slept", "outside"],
    ];

    private static readonly WordClusterOptions Options = new(MinCount: 1, MaxWords: 100, ContextWords: 20, Top: 8, Branching: 2, Levels: 2, Iterations: 10, Seed: 3);

    [Fact]
    public void Words_used_in_the_same_contexts_share_a_cluster_and_other_words_do_not()
    {
        var clusters = WordClusterLearner.Learn(Corpus, Options);

        var finest = clusters.Levels - 1;
        var animal = clusters.ClusterOf("heron", finest);
        var verb = clusters.ClusterOf("paints", finest);
        Assert.All(Animals, a => Assert.Equal(animal, clusters.ClusterOf(a, finest)));
        Assert.All(Verbs, v => Assert.Equal(verb, clusters.ClusterOf(v, finest)));
        Assert.NotEqual(animal, verb);
        Assert.NotEqual(animal, clusters.ClusterOf("slept", finest));
        Assert.Equal(WordClusters.Unknown, clusters.ClusterOf("walrus", 0));
    }

    [Fact]
    public void Words_are_compared_in_lower_case_and_rare_words_get_no_cluster()
    {
        var clusters = WordClusterLearner.Learn([.. Corpus, ["a", "lone", "word"]], Options with { MinCount = 2 });

        Assert.NotEqual(WordClusters.Unknown, clusters.ClusterOf("the", 0)); // "The" and "the"
        Assert.Equal(WordClusters.Unknown, clusters.ClusterOf("lone", 0));
        Assert.Equal(WordClusters.Unknown, clusters.FinestOf("The"));
    }

    [Fact]
    public void Coarser_clusters_contain_the_finer_ones()
    {
        var clusters = WordClusterLearner.Learn(Corpus, Options);

        Assert.Equal([8, 16], new[] { clusters.ClustersAt(0), clusters.ClustersAt(1) });
        foreach (var word in Animals.Concat(Verbs))
        {
            Assert.Equal(clusters.ClusterOf(word, 1) / 2, clusters.ClusterOf(word, 0));
            Assert.InRange(clusters.ClusterOf(word, 1), 0, 15);
        }
    }

    [Fact]
    public void Learning_twice_gives_the_same_bytes()
    {
        Assert.Equal(Saved(WordClusterLearner.Learn(Corpus, Options)), Saved(WordClusterLearner.Learn(Corpus, Options)));
    }

    [Fact]
    public void Saved_clusters_load_back_the_same_and_hold_no_readable_word()
    {
        var clusters = WordClusterLearner.Learn(Corpus, Options);
        var bytes = Saved(clusters);

        var loaded = WordClusters.Load(new MemoryStream(bytes));

        Assert.Equal((clusters.Count, clusters.Top, clusters.Branching, clusters.Levels), (loaded.Count, loaded.Top, loaded.Branching, loaded.Levels));
        Assert.All(Animals.Concat(Verbs), w => Assert.Equal(clusters.FinestOf(w), loaded.FinestOf(w)));
        Assert.Equal(bytes, Saved(loaded));
        var inflated = Encoding.UTF8.GetString(Inflate(bytes));
        Assert.All(Animals.Concat(Verbs), w => Assert.DoesNotContain(w, inflated, StringComparison.Ordinal));
    }

    [Fact]
    public void A_stream_that_is_not_clusters_is_refused()
    {
        using var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("not clusters"u8);
        }

        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => WordClusters.Load(stream));
    }

    private static byte[] Saved(WordClusters clusters)
    {
        using var stream = new MemoryStream();
        clusters.Save(stream);
        return stream.ToArray();
    }

    private static byte[] Inflate(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var inflated = new MemoryStream();
        gzip.CopyTo(inflated);
        return inflated.ToArray();
    }
}
