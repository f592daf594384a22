using System.Collections.Immutable;
using Parallax.Core.Articles;
using Parallax.Core.Text;

namespace Parallax.Core.Annotations;

/// <summary>
/// An article with its annotation layers, each a sorted immutable array of offset-based annotations into
/// <see cref="Text"/>. Components add layers with <c>with</c> expressions and record them in <see cref="Layers"/>.
/// </summary>
public sealed record Document(Article Article)
{
    /// <summary>The text every annotation offset points into.</summary>
    public string Text => Article.Text;

    /// <summary>The layers present.</summary>
    public AnnotationLayers Layers { get; init; }

    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>Entity mentions, sorted by position.</summary>
    public ImmutableArray<EntityMention> Mentions { get; init; } = [];

    /// <summary>The entities the mentions refer to.</summary>
    public ImmutableArray<Entity> Entities { get; init; } = [];

    /// <summary>Quotes and paraphrases, sorted by content position.</summary>
    public ImmutableArray<Attribution> Attributions { get; init; } = [];

    public ImmutableArray<TimeExpression> TimeExpressions { get; init; } = [];

    /// <summary>The characters a span covers.</summary>
    public string Slice(TextSpan span) => span.Slice(Article.Text);

    /// <summary>True when every layer in <paramref name="layers"/> is present.</summary>
    public bool Has(AnnotationLayers layers) => (Layers & layers) == layers;

    /// <summary>The entity with the given id, or null.</summary>
    public Entity? FindEntity(string? id)
    {
        if (id is null)
        {
            return null;
        }

        foreach (var entity in Entities)
        {
            if (entity.Id == id)
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>The index of the sentence containing <paramref name="position"/>, or -1.</summary>
    public int SentenceAt(int position)
    {
        var lo = 0;
        var hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var span = Sentences[mid].Span;
            if (position < span.Start)
            {
                hi = mid - 1;
            }
            else if (position >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
