using System.Collections.Immutable;
using Parallax.Language.Clusters;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// A trained named-entity model: perceptron weights over hashed features, the names learned from the training text
/// (<see cref="NameGazetteer"/>) and the words the training text writes in lower case. Saved as one gzip stream; the
/// model trained on CoNLL-2003 ships inside this assembly (<see cref="Default"/>). Immutable and thread-safe.
/// </summary>
public sealed class NerModel
{
    /// <summary>The name of the embedded model resource.</summary>
    public const string ResourceName = "Parallax.Language.Models.entity-tagger.bin.gz";

    private const string Magic = "parallax-ner";
    private const int FormatVersion = 3;

    private static readonly Lazy<NerModel> Embedded = new(LoadEmbedded);

    internal NerModel(NerWeights weights, NameGazetteer gazetteer, HashedWords lowercaseWords, WordClusters? clusters, int beamWidth)
    {
        BeamWidth = beamWidth;
        Clusters = clusters;
        Weights = weights;
        Gazetteer = gazetteer;
        LowercaseWords = lowercaseWords;
    }

    /// <summary>The model trained on CoNLL-2003 that ships with Parallax, loaded on first use.</summary>
    public static NerModel Default => Embedded.Value;

    /// <summary>Names known from the training text.</summary>
    public NameGazetteer Gazetteer { get; }

    /// <summary>Words (lower case) the training text writes in lower case at least once, kept as hashes.</summary>
    public HashedWords LowercaseWords { get; }

    /// <summary>The word clusters whose numbers the cluster features use; null when the build has none.</summary>
    public WordClusters? Clusters { get; }

    /// <summary>The label sequences the decoder keeps at each token (<see cref="BeamNerDecoder"/>), as in training.</summary>
    public int BeamWidth { get; }

    /// <summary>The number of features with a weight.</summary>
    public int FeatureCount => Weights.FeatureCount;

    internal NerWeights Weights { get; }

    /// <summary>
    /// The names in each sentence of one document (sentences in reading order, as words): token spans within each
    /// sentence. The document matters: earlier labels of a word inform later ones.
    /// </summary>
    public ImmutableArray<ImmutableArray<EntityTag>> Tag(IReadOnlyList<string[]> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var views = Views(sentences, Gazetteer, LowercaseWords, Clusters);
        var labels = new BeamNerDecoder(BeamWidth).Decode(views, Weights);
        return [.. labels.Select(l => BilouLabels.Decode(l))];
    }

    /// <summary>Writes the model as a gzip stream.</summary>
    public void Save(Stream stream) => GzipModelFile.Write(stream, Magic, FormatVersion, WriteContent);

    private void WriteContent(BinaryWriter writer)
    {
        writer.Write(BeamWidth);
        writer.Write(Clusters?.Count ?? 0);
        Weights.Write(writer);
        Gazetteer.Write(writer);
        var lower = LowercaseWords.Hashes.ToArray();
        writer.Write(lower.Length);
        foreach (var hash in lower)
        {
            writer.Write(hash);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this format.</exception>
    public static NerModel Load(Stream stream) =>
        GzipModelFile.Read(stream, Magic, FormatVersion, "NER model", static reader =>
        {
            var beamWidth = reader.ReadInt32();
            var clusterWords = reader.ReadInt32();

            // The cluster features are numbers of the shipped clusters: a model trained with others would read noise.
            var clusters = clusterWords == 0 ? null : WordClusters.Default;
            if (beamWidth < 1 || (clusterWords != 0 && clusters?.Count != clusterWords))
            {
                throw new InvalidDataException("The NER model was trained with word clusters other than the ones this build ships.");
            }

            var weights = NerWeights.Read(reader);
            var gazetteer = NameGazetteer.Read(reader);
            var lower = new ulong[reader.ReadInt32()];
            for (var i = 0; i < lower.Length; i++)
            {
                lower[i] = reader.ReadUInt64();
            }

            return new NerModel(weights, gazetteer, HashedWords.FromHashes(lower), clusters, beamWidth);
        });

    /// <summary>Reads the model in the file at <paramref name="path"/>.</summary>
    public static NerModel LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    internal static NerSentenceView[] Views(IReadOnlyList<string[]> sentences, NameGazetteer gazetteer, HashedWords lowercaseWords, WordClusters? clusters)
    {
        var casing = new NerDocumentContext(sentences);
        var views = new NerSentenceView[sentences.Count];
        for (var s = 0; s < views.Length; s++)
        {
            views[s] = new NerSentenceView(sentences[s], s, gazetteer, lowercaseWords, casing, clusters);
        }

        return views;
    }

    private static NerModel LoadEmbedded()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded NER model {ResourceName} is missing; run 'parallax train ner'.");
        return Load(stream);
    }
}
