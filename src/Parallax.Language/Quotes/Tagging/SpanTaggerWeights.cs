using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Quotes.Tagging;

/// <summary>A trained span tagger's weights (see <see cref="SpanScorer"/>), saved in the entity model's weight format.</summary>
internal sealed class SpanTaggerWeights(NerWeights labels, NerWeights pairs, int labelCount)
{
    public SpanScorer Scorer { get; } = new(labels, pairs, labelCount);

    public int FeatureCount => labels.FeatureCount + pairs.FeatureCount;

    public SpanTaggerWeights Pruned(float minimum) => new(labels.Pruned(minimum), pairs.Pruned(minimum), labelCount);

    public void Write(BinaryWriter writer)
    {
        labels.Write(writer);
        pairs.Write(writer);
    }

    public static SpanTaggerWeights Read(BinaryReader reader, int labelCount) =>
        new(NerWeights.Read(reader, labelCount), NerWeights.Read(reader, labelCount * labelCount), labelCount);
}
