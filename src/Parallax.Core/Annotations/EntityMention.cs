using Parallax.Core.Text;

namespace Parallax.Core.Annotations;

/// <summary>One mention of a named entity in the text.</summary>
/// <param name="Span">The mention's characters.</param>
/// <param name="Kind">The entity kind.</param>
/// <param name="EntityId">The <see cref="Entity.Id"/> of the document entity the mention refers to.</param>
public sealed record EntityMention(TextSpan Span, EntityKind Kind, string EntityId);
