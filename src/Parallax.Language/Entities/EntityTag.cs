using Parallax.Core.Annotations;

namespace Parallax.Language.Entities;

/// <summary>A typed run of tokens an <see cref="IEntityTagger"/> recognised as a name.</summary>
/// <param name="FirstToken">Index of the first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens (at least one).</param>
/// <param name="Kind">The entity kind.</param>
public readonly record struct EntityTag(int FirstToken, int TokenCount, EntityKind Kind)
{
    /// <summary>The index just past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
