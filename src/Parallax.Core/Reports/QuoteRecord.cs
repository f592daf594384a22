using Parallax.Core.Annotations;
using Parallax.Core.Text;

namespace Parallax.Core.Reports;

/// <summary>A quote or paraphrase of a story, with its speaker and where it stands.</summary>
/// <param name="Text">The content (without quotation marks).</param>
/// <param name="Speaker">The resolved speaker, or null when unknown.</param>
/// <param name="Kind">Direct, partial or indirect; indirect speech is never shown as a quote.</param>
/// <param name="ArticleId">The article.</param>
/// <param name="Source">Its outlet.</param>
/// <param name="Paragraph">The paragraph index.</param>
/// <param name="Span">The content span in the article text.</param>
/// <param name="Cue">The cue words, when present.</param>
public sealed record QuoteRecord(
    string Text,
    string? Speaker,
    AttributionKind Kind,
    string ArticleId,
    string Source,
    int Paragraph,
    TextSpan Span,
    string? Cue);
