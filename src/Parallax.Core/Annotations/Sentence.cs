using Parallax.Core.Text;

namespace Parallax.Core.Annotations;

/// <summary>A sentence of a document.</summary>
/// <param name="Span">Where it lies in the document text, without surrounding white space.</param>
/// <param name="Paragraph">The index of the body paragraph it belongs to.</param>
public sealed record Sentence(TextSpan Span, int Paragraph);
