using System.Collections.Immutable;

namespace Parallax.Core.Reports;

/// <summary>
/// A sentence that two or more outlets carry in the same words: wire copy taken verbatim or lightly edited. Unlike a
/// <see cref="Fact"/>, which aligns wordings that report the same thing, this shows reuse of the words themselves.
/// </summary>
/// <param name="Sentences">One copy per article, earliest published first (story order among equal or unknown times).</param>
/// <param name="Verbatim">True when every copy has the same words (case, punctuation and quotation marks aside).</param>
/// <param name="OriginArticleId">
/// The article published before every other that carries the sentence, the copies' likely source; null when the
/// publication times do not single one out (an article without a date, or two at the same time).
/// </param>
public sealed record SharedWording(ImmutableArray<SharedSentence> Sentences, bool Verbatim, string? OriginArticleId)
{
    /// <summary>The outlets that carry the sentence, in the order of <see cref="Sentences"/>, each once.</summary>
    public ImmutableArray<string> Sources => [.. Sentences.Select(s => s.Sentence.Source).Distinct(StringComparer.Ordinal)];
}
