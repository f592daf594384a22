using System.Collections.Immutable;
using Parallax.Core.Annotations;

namespace Parallax.Language.Entities;

/// <summary>
/// Finds typed name spans in a tokenised document. The tagger only labels tokens; linking mentions into entities
/// is <see cref="EntityAliasMerger"/>'s job, so a statistical tagger can replace the rule-based one.
/// Implementations are immutable and thread-safe.
/// </summary>
public interface IEntityTagger
{
    /// <summary>Non-overlapping tags sorted by position; <paramref name="document"/> has Sentences and Tokens.</summary>
    ImmutableArray<EntityTag> Tag(Document document);
}
