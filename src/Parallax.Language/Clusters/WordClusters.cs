using System.Collections.Frozen;
using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Clusters;

/// <summary>
/// Word clusters learned from unlabelled text (<see cref="WordClusterLearner"/>), kept as 64-bit word hashes
/// (<see cref="HashedWords.Hash"/>) so the file holds no readable words. The clusters are nested: each of the
/// coarsest clusters is split into <see cref="Branching"/> at every finer level, so a word's cluster at a coarser
/// level is its finest cluster divided by a power of <see cref="Branching"/> (like a Brown-cluster path prefix).
/// A tagger uses them to give a word seen once in its labelled data the features of frequent words used alike.
/// The clusters learned from the training splits ship inside this assembly (<see cref="Default"/>). Immutable.
/// </summary>
public sealed class WordClusters
{
    /// <summary>The name of the embedded clusters resource.</summary>
    public const string ResourceName = "Parallax.Language.Models.word-clusters.bin.gz";

    /// <summary>What <see cref="ClusterOf"/> gives for a word without a cluster.</summary>
    public const int Unknown = -1;

    private const string Magic = "parallax-word-clusters";
    private const int FormatVersion = 1;

    private static readonly Lazy<WordClusters?> Embedded = new(LoadEmbedded);

    private readonly FrozenDictionary<ulong, int> finest;

    internal WordClusters(int top, int branching, int levels, IReadOnlyDictionary<ulong, int> finest)
    {
        Top = top;
        Branching = branching;
        Levels = levels;
        this.finest = finest.ToFrozenDictionary();
    }

    /// <summary>The clusters trained on the unlabelled text of the training splits, loaded on first use; null when the build has none.</summary>
    public static WordClusters? Default => Embedded.Value;

    /// <summary>The number of clusters at the coarsest level.</summary>
    public int Top { get; }

    /// <summary>How many clusters each cluster splits into at the next finer level.</summary>
    public int Branching { get; }

    /// <summary>The number of levels; level 0 is the coarsest.</summary>
    public int Levels { get; }

    /// <summary>The number of words with a cluster.</summary>
    public int Count => finest.Count;

    /// <summary>The number of clusters at <paramref name="level"/>.</summary>
    public int ClustersAt(int level) => Top * (int)Math.Pow(Branching, level);

    /// <summary>The cluster of the lower-case <paramref name="word"/> at <paramref name="level"/>, or <see cref="Unknown"/>.</summary>
    public int ClusterOf(string word, int level) => At(FinestOf(word), level);

    /// <summary>The finest cluster of the lower-case <paramref name="word"/>, or <see cref="Unknown"/>.</summary>
    public int FinestOf(string word) => finest.TryGetValue(HashedWords.Hash(word), out var id) ? id : Unknown;

    /// <summary>The cluster at <paramref name="level"/> that holds the finest cluster <paramref name="finestCluster"/>.</summary>
    public int At(int finestCluster, int level)
    {
        if (finestCluster < 0)
        {
            return Unknown;
        }

        for (var l = Levels - 1; l > level; l--)
        {
            finestCluster /= Branching;
        }

        return finestCluster;
    }

    /// <summary>Writes the clusters as a gzip stream: the hashes in ascending order, so the same clusters give the same bytes.</summary>
    public void Save(Stream stream) => GzipModelFile.Write(stream, Magic, FormatVersion, writer =>
    {
        writer.Write(Top);
        writer.Write(Branching);
        writer.Write(Levels);
        writer.Write(finest.Count);
        foreach (var (hash, id) in finest.OrderBy(p => p.Key))
        {
            writer.Write(hash);
            writer.Write((ushort)id);
        }
    });

    /// <summary>Reads clusters written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a clusters file of this format.</exception>
    public static WordClusters Load(Stream stream) =>
        GzipModelFile.Read(stream, Magic, FormatVersion, "word clusters", static reader =>
        {
            var top = reader.ReadInt32();
            var branching = reader.ReadInt32();
            var levels = reader.ReadInt32();
            var count = reader.ReadInt32();
            if (top < 1 || branching < 1 || levels < 1 || count < 0)
            {
                throw new InvalidDataException("The word clusters' header is malformed.");
            }

            var finest = new Dictionary<ulong, int>(count);
            for (var k = 0; k < count; k++)
            {
                finest[reader.ReadUInt64()] = reader.ReadUInt16();
            }

            return new WordClusters(top, branching, levels, finest);
        });

    private static WordClusters? LoadEmbedded()
    {
        using var stream = typeof(WordClusters).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}
