using System.Collections.Immutable;
using Parallax.Core.Annotations;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// The statistical <see cref="IEntityTagger"/>: a <see cref="NerModel"/> (by default the one trained on CoNLL-2003
/// that ships with Parallax) tags each sentence's tokens, the document's sentences in order; <see cref="ModelTagRefiner"/>
/// then adjusts the names to what entity linking expects.
/// </summary>
public sealed class PerceptronEntityTagger : IEntityTagger
{
    private readonly NerModel? model;

    /// <param name="model">The model; null for <see cref="NerModel.Default"/>, loaded on first use.</param>
    public PerceptronEntityTagger(NerModel? model = null)
    {
        this.model = model;
    }

    /// <inheritdoc />
    public ImmutableArray<EntityTag> Tag(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var starts = new List<int>();
        var sentences = new List<string[]>();
        var k = 0;
        while (k < tokens.Length)
        {
            var end = k + 1;
            while (end < tokens.Length && tokens[end].Sentence == tokens[k].Sentence)
            {
                end++;
            }

            starts.Add(k);
            sentences.Add([.. tokens.Skip(k).Take(end - k).Select(t => t.Norm)]);
            k = end;
        }

        var names = (model ?? NerModel.Default).Tag(sentences);
        var tags = ImmutableArray.CreateBuilder<EntityTag>();
        for (var s = 0; s < names.Length; s++)
        {
            foreach (var name in names[s])
            {
                tags.Add(name with { FirstToken = starts[s] + name.FirstToken });
            }
        }

        return ModelTagRefiner.Refine(tokens, tags);
    }
}
