using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Quotes.Tagging;

/// <summary>
/// A trained attribution tagger: a cue tagger (BIO over reporting cues) and a role tagger (BIO over sources and
/// contents) that reads the cues the first found. Both are averaged-perceptron weights over hashed features, per
/// label and per (previous label, label) pair, with the cue tagger's <see cref="CueLexicon"/>, decoded as they were trained (<see cref="Decoding"/>) and saved as one
/// gzip stream in the entity model's weight format; the model trained on PolNeAR's train split ships inside
/// this assembly (<see cref="Default"/>). Immutable and thread-safe.
/// </summary>
public sealed class AttributionModel
{
    /// <summary>The name of the embedded model resource.</summary>
    public const string ResourceName = "Parallax.Language.Models.attribution-tagger.bin.gz";

    internal const int CueLabels = 3;
    internal const int RoleLabels = 5;
    internal const int SourceRole = 0;
    internal const int ContentRole = 1;

    private const string Magic = "parallax-attribution";
    private const int FormatVersion = 3;

    private static readonly Lazy<AttributionModel?> Embedded = new(LoadEmbedded);

    internal AttributionModel(SpanTaggerWeights cues, SpanTaggerWeights roles, float cueBias, SpanDecoding decoding, CueLexicon lexicon)
    {
        Cues = cues;
        Roles = roles;
        CueBias = cueBias;
        Decoding = decoding;
        Lexicon = lexicon;
    }

    /// <summary>The model trained on PolNeAR that ships with Parallax, loaded on first use; null when the build has none.</summary>
    public static AttributionModel? Default => Embedded.Value;

    /// <summary>The number of features with a weight, in both taggers.</summary>
    public int FeatureCount => Cues.FeatureCount + Roles.FeatureCount;

    /// <summary>Added to the score of a cue's first token when tagging (<see cref="AttributionTrainingOptions.CueBias"/>).</summary>
    public float CueBias { get; }

    /// <summary>How both taggers choose their labels: the way they were trained.</summary>
    public SpanDecoding Decoding { get; }

    internal SpanTaggerWeights Cues { get; }

    internal SpanTaggerWeights Roles { get; }

    /// <summary>How often each stem was a cue in the training text, read by the cue tagger.</summary>
    internal CueLexicon Lexicon { get; }

    /// <summary>The cues, sources and contents of a document, paragraph by paragraph.</summary>
    internal List<TaggedSpan> Tag(AttributionContext context)
    {
        var spans = new List<TaggedSpan>();
        foreach (var paragraph in AttributionParagraph.Of(context))
        {
            var cues = SpanDecoder.Decode(Decoding, LabelLattice.Of(paragraph.Length, new CueFeatures(paragraph, Lexicon), Cues.Scorer, CueBias));
            var roles = SpanDecoder.Decode(Decoding, LabelLattice.Of(paragraph.Length, new RoleFeatures(paragraph, cues), Roles.Scorer));
            foreach (var (first, count, _) in SpanLabels.Decode(cues))
            {
                spans.Add(new TaggedSpan(TaggedRole.Cue, paragraph.FirstToken + first, paragraph.FirstToken + first + count - 1));
            }

            foreach (var (first, count, role) in SpanLabels.Decode(roles))
            {
                var kind = role == SourceRole ? TaggedRole.Source : TaggedRole.Content;
                spans.Add(new TaggedSpan(kind, paragraph.FirstToken + first, paragraph.FirstToken + first + count - 1));
            }
        }

        return spans;
    }

    /// <summary>This model with another <see cref="CueBias"/>: the bias is applied when tagging, so it can be tried without retraining.</summary>
    public AttributionModel WithCueBias(float cueBias) => new(Cues, Roles, cueBias, Decoding, Lexicon);

    /// <summary>This model without the features whose largest weight is below <paramref name="minimum"/>, as training with that <see cref="AttributionTrainingOptions.PruneBelow"/> would keep them.</summary>
    public AttributionModel Pruned(float minimum) => new(Cues.Pruned(minimum), Roles.Pruned(minimum), CueBias, Decoding, Lexicon);

    /// <summary>Writes the model as a gzip stream.</summary>
    public void Save(Stream stream) => GzipModelFile.Write(stream, Magic, FormatVersion, writer =>
    {
        writer.Write(CueBias);
        writer.Write((byte)Decoding);
        Cues.Write(writer);
        Roles.Write(writer);
        Lexicon.Write(writer);
    });

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this format.</exception>
    public static AttributionModel Load(Stream stream) =>
        GzipModelFile.Read(stream, Magic, FormatVersion, "attribution model", static reader =>
        {
            var cueBias = reader.ReadSingle();
            var decoding = (SpanDecoding)reader.ReadByte();
            if (!Enum.IsDefined(decoding))
            {
                throw new InvalidDataException($"Unknown decoding {decoding} in an attribution model.");
            }

            var cues = SpanTaggerWeights.Read(reader, CueLabels);
            var roles = SpanTaggerWeights.Read(reader, RoleLabels);
            return new AttributionModel(cues, roles, cueBias, decoding, CueLexicon.Read(reader));
        });

    /// <summary>Reads the model in the file at <paramref name="path"/>.</summary>
    public static AttributionModel LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    private static AttributionModel? LoadEmbedded()
    {
        using var stream = typeof(AttributionModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}
