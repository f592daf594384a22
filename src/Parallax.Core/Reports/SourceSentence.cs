using Parallax.Core.Text;

namespace Parallax.Core.Reports;

/// <summary>A sentence of one article, cited by a fact, claim, term or summary line so a reader can check it.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Source">The article's outlet.</param>
/// <param name="Paragraph">Index of the body paragraph that holds the sentence.</param>
/// <param name="Span">The sentence's span in the article text.</param>
/// <param name="Text">The sentence as written.</param>
public sealed record SourceSentence(string ArticleId, string Source, int Paragraph, TextSpan Span, string Text);
