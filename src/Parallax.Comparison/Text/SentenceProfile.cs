using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Text;

/// <summary>
/// The comparison view of one sentence: its words, content-word stems, named tokens and numbers.
/// </summary>
/// <param name="DocumentIndex">Index of the document in the corpus (story documents first, then related ones).</param>
/// <param name="SentenceIndex">Index of the sentence in its document.</param>
/// <param name="Order">Position in story order over the whole corpus.</param>
/// <param name="Document">The document.</param>
/// <param name="Sentence">The sentence as a citable source sentence.</param>
/// <param name="Words">Every word of the sentence.</param>
/// <param name="Stems">Distinct stems of the content words (stop words removed), in order of first use.</param>
/// <param name="Named">Distinct lowercased capitalised words that do not start the sentence (names, places).</param>
/// <param name="Quantities">The numbers of the sentence.</param>
internal sealed record SentenceProfile(
    int DocumentIndex,
    int SentenceIndex,
    int Order,
    Document Document,
    SourceSentence Sentence,
    ImmutableArray<WordToken> Words,
    ImmutableArray<string> Stems,
    ImmutableArray<string> Named,
    ImmutableArray<Quantity> Quantities)
{
    /// <summary>
    /// The sentence's length as a reader and a word budget count it: runs of characters between white space, so
    /// "U.S." is one word and a spaced dash is one too (ROUGE's <c>-l</c> counts the same way).
    /// </summary>
    public int WordCount { get; } = WhitespaceWords.Count(Sentence.Text);

    /// <summary>The outlet.</summary>
    public string Source => Sentence.Source;

    /// <summary>The article id.</summary>
    public string ArticleId => Sentence.ArticleId;

    /// <summary>
    /// True when the sentence ends like prose (terminal punctuation, possibly inside closing quotes or brackets):
    /// headlines, captions, credits and page furniture do not.
    /// </summary>
    public bool IsProse
    {
        get
        {
            var text = Sentence.Text.TrimEnd();
            var i = text.Length - 1;
            while (i >= 0 && text[i] is '"' or '\u201D' or '\u2019' or '\'' or ')' or ']')
            {
                i--;
            }

            return i >= 0 && text[i] is '.' or '!' or '?' or '\u2026';
        }
    }
}
