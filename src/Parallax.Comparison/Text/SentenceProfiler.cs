using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Core.Reports;
using Parallax.Core.Text;

namespace Parallax.Comparison.Text;

/// <summary>
/// Builds <see cref="SentenceProfile"/>s from a document's sentence layer. Words come from the token layer when
/// present (re-split on hyphens and apostrophes so all annotators' token conventions give the same words), else
/// from the sentence text; a document without sentences is read one paragraph per sentence. The first sentence starts
/// after the article's dateline ("LIMA, Peru (AP) _"): the dateline is page furniture, and what is left is still
/// the source's words verbatim, one contiguous span.
/// </summary>
internal static class SentenceProfiler
{
    /// <summary>
    /// Each document's profiles at index 0 from order 0, made once: every story analyzer builds its corpus again, and
    /// a document is also read as a related document of every other story of its storyline, so without the cache the
    /// same sentences would be split, stemmed and parsed for numbers many times over. A document is immutable, so its
    /// profiles are too; the table holds them no longer than the document lives.
    /// </summary>
    private static readonly ConditionalWeakTable<Document, SentenceProfile[]> Cache = new();

    /// <summary>Profiles every sentence of <paramref name="document"/>, numbered as document <paramref name="documentIndex"/> from order <paramref name="firstOrder"/>.</summary>
    public static IEnumerable<SentenceProfile> Profile(Document document, int documentIndex, int firstOrder)
    {
        var profiles = Cache.GetValue(document, static d => [.. ProfileOnce(d)]);
        return documentIndex == 0 && firstOrder == 0
            ? profiles
            : profiles.Select(p => p with { DocumentIndex = documentIndex, Order = firstOrder + p.Order });
    }

    private static IEnumerable<SentenceProfile> ProfileOnce(Document document)
    {
        var article = document.Article;
        var sentences = document.Sentences.IsDefaultOrEmpty
            ? [.. article.ParagraphSpans.Select((span, p) => new Sentence(span, p))]
            : document.Sentences;
        var tokens = document.Tokens.IsDefault ? [] : document.Tokens;
        var tokenCursor = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            var span = AfterDateline(article, sentences[s].Span);
            var words = WordsOf(document, span, tokens, ref tokenCursor);
            var paragraph = article.ParagraphAt(span.Start);
            var source = new SourceSentence(article.Id, article.Source, paragraph < 0 ? sentences[s].Paragraph : paragraph, span, document.Slice(span));
            yield return Build(0, s, s, document, source, words);
        }
    }

    /// <summary>Builds a profile from words already split.</summary>
    public static SentenceProfile Build(
        int documentIndex, int sentenceIndex, int order, Document document, SourceSentence sentence, ImmutableArray<WordToken> words)
    {
        var stems = new List<string>(words.Length);
        var named = new List<string>();
        var seenStems = new HashSet<string>(StringComparer.Ordinal);
        var seenNamed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Text == "%" || StopWords.Contains(word.Lower))
            {
                continue;
            }

            var stem = SuffixStemmer.Stem(word.Lower);
            if (seenStems.Add(stem))
            {
                stems.Add(stem);
            }

            if (i > 0 && word.IsCapitalised && seenNamed.Add(stem))
            {
                named.Add(stem);
            }
        }

        var quantities = QuantityParser.Parse(words, document.Text);
        return new SentenceProfile(documentIndex, sentenceIndex, order, document, sentence, words, [.. stems], [.. named], quantities);
    }

    private static TextSpan AfterDateline(Article article, TextSpan span)
    {
        if (article.Dateline is not { } dateline || span.Start >= dateline.Span.End || span.End <= dateline.Span.End)
        {
            return span;
        }

        var start = dateline.Span.End;
        while (start < span.End && char.IsWhiteSpace(article.Text[start]))
        {
            start++;
        }

        return start < span.End ? TextSpan.FromBounds(start, span.End) : span;
    }

    private static ImmutableArray<WordToken> WordsOf(Document document, TextSpan span, ImmutableArray<Token> tokens, ref int cursor)
    {
        if (tokens.IsEmpty)
        {
            return WordTokenizer.Tokenize(document.Text, span);
        }

        while (cursor < tokens.Length && tokens[cursor].Span.End <= span.Start)
        {
            cursor++;
        }

        var first = cursor;
        var last = cursor;
        while (last < tokens.Length && tokens[last].Span.Start < span.End)
        {
            last++;
        }

        if (last == first)
        {
            return WordTokenizer.Tokenize(document.Text, span);
        }

        // Re-split the covered text: the token layer decides the extent, the tokenizer the word conventions.
        var from = Math.Max(span.Start, tokens[first].Span.Start);
        var to = Math.Min(span.End, tokens[last - 1].Span.End);
        return WordTokenizer.Tokenize(document.Text, TextSpan.FromBounds(from, Math.Max(from, to)));
    }
}
