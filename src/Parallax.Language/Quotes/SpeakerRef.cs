using Parallax.Core.Text;

namespace Parallax.Language.Quotes;

/// <summary>A resolved speaker: an entity, or the text of a non-entity source, and the words it was read from.</summary>
internal readonly record struct SpeakerRef(string? EntityId, string? Text, TextSpan? Source)
{
    public bool IsResolved => EntityId is not null || Text is not null;
}
