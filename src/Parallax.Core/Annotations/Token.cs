using Parallax.Core.Text;

namespace Parallax.Core.Annotations;

/// <summary>A token of a document.</summary>
/// <param name="Span">Where it lies in the document text.</param>
/// <param name="Norm">The token with typographic quotes, apostrophes and dashes normalised to ASCII.</param>
/// <param name="Sentence">The index of the sentence it belongs to.</param>
public sealed record Token(TextSpan Span, string Norm, int Sentence);
