using Parallax.Core.Text;

namespace Parallax.Core.Annotations;

/// <summary>A statement attributed to a speaker: a quote or a paraphrase.</summary>
/// <param name="Kind">Direct or partial quote, or indirect speech.</param>
/// <param name="Content">The quoted or reported content, without the quotation marks.</param>
/// <param name="Cue">The cue ("said", "told reporters", "according to"), when present.</param>
/// <param name="SourceSpan">The mention of the speaker this attribution was resolved from ("he", "the spokesman", "Peskov").</param>
/// <param name="SpeakerEntityId">The <see cref="Entity.Id"/> the speaker resolves to, when it is a named entity.</param>
/// <param name="Speaker">The speaker's name as shown to users: the entity's canonical name, or the source text ("a source within the delegation").</param>
public sealed record Attribution(
    AttributionKind Kind,
    TextSpan Content,
    TextSpan? Cue,
    TextSpan? SourceSpan,
    string? SpeakerEntityId,
    string? Speaker);
