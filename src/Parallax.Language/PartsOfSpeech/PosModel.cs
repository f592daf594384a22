using System.Collections.Immutable;
using Parallax.Language.Entities.Ner;

namespace Parallax.Language.PartsOfSpeech;

/// <summary>
/// A trained part-of-speech tagger: averaged-perceptron weights over hashed features (<see cref="PosFeatures"/>)
/// and the tag set they choose from (the Penn Treebank tags of CoNLL-2003's POS column), saved as a gzip stream in
/// the entity model's weight format. The model trained on CoNLL-2003 train.txt ships inside this assembly
/// (<see cref="Default"/>). Immutable and thread-safe.
/// </summary>
public sealed class PosModel
{
    /// <summary>The name of the embedded model resource.</summary>
    public const string ResourceName = "Parallax.Language.Models.pos-tagger.bin.gz";

    private const string Magic = "parallax-pos";
    private const int FormatVersion = 1;

    private static readonly Lazy<PosModel?> Embedded = new(LoadEmbedded);

    internal PosModel(ImmutableArray<string> tags, NerWeights weights)
    {
        if (tags.Length < 2 || tags.Length > NerWeights.MaxLabels)
        {
            throw new ArgumentOutOfRangeException(nameof(tags), $"A tag set needs 2 to {NerWeights.MaxLabels} tags.");
        }

        Tags = tags;
        Weights = weights;
    }

    /// <summary>The model trained on CoNLL-2003 that ships with Parallax, loaded on first use; null when the build has none.</summary>
    public static PosModel? Default => Embedded.Value;

    /// <summary>The tags the model chooses from, in the order of their numbers.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>The number of features with a weight.</summary>
    public int FeatureCount => Weights.FeatureCount;

    internal NerWeights Weights { get; }

    /// <summary>The tag of each word of one sentence.</summary>
    public ImmutableArray<string> Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var numbers = TagNumbers(words);
        var tags = ImmutableArray.CreateBuilder<string>(numbers.Length);
        foreach (var n in numbers)
        {
            tags.Add(Tags[n]);
        }

        return tags.MoveToImmutable();
    }

    /// <summary>The tag number (an index into <see cref="Tags"/>) of each word of one sentence.</summary>
    internal int[] TagNumbers(IReadOnlyList<string> words) => PosDecoder.Decode(new PosFeatures(words), Tags.Length, Weights);

    /// <summary>Writes the model as a gzip stream.</summary>
    public void Save(Stream stream) => GzipModelFile.Write(stream, Magic, FormatVersion, writer =>
    {
        writer.Write(Tags.Length);
        foreach (var tag in Tags)
        {
            writer.Write(tag);
        }

        Weights.Write(writer);
    });

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this format.</exception>
    public static PosModel Load(Stream stream) =>
        GzipModelFile.Read(stream, Magic, FormatVersion, "part-of-speech model", static reader =>
        {
            var count = reader.ReadInt32();
            if (count is < 2 or > NerWeights.MaxLabels)
            {
                throw new InvalidDataException($"A part-of-speech model with {count} tags.");
            }

            var tags = ImmutableArray.CreateBuilder<string>(count);
            for (var i = 0; i < count; i++)
            {
                tags.Add(reader.ReadString());
            }

            return new PosModel(tags.MoveToImmutable(), NerWeights.Read(reader, count));
        });

    /// <summary>Reads the model in the file at <paramref name="path"/>.</summary>
    public static PosModel LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    private static PosModel? LoadEmbedded()
    {
        using var stream = typeof(PosModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}
