using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Text;
using Parallax.Language.Lexicon;
using Parallax.Language.Tokens;

namespace Parallax.Language.Sentences;

/// <summary>
/// Splits each body paragraph into sentences (never across paragraphs). A period ends a sentence unless it belongs to
/// an abbreviation ("Mr.", "Jan.", "No. 3"), an initial ("J. Smith"), a number ("3.5") or a dotted acronym that is not
/// followed by a typical sentence opener ("U.S. President"). Closing quotes and brackets after the terminator stay
/// with the sentence; a lower-case continuation (<c>…!” he said</c>) never starts a new one.
/// </summary>
public sealed class SentenceSplitter : IDocumentAnnotator
{
    public string Name => "sentences";

    public AnnotationLayers Requires => AnnotationLayers.None;

    public AnnotationLayers Produces => AnnotationLayers.Sentences;

    public Document Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var paragraphs = document.Article.ParagraphSpans;
        for (var p = 0; p < paragraphs.Length; p++)
        {
            foreach (var span in Split(text, paragraphs[p]))
            {
                sentences.Add(new Sentence(span, p));
            }
        }

        return document with { Sentences = sentences.ToImmutable(), Layers = document.Layers | AnnotationLayers.Sentences };
    }

    /// <summary>The sentence spans of one paragraph of <paramref name="text"/>, trimmed of white space.</summary>
    public static IEnumerable<TextSpan> Split(string text, TextSpan paragraph)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = paragraph.Start;
        var end = paragraph.End;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            var isTerminator = c is '.' or '!' or '?' or '…';
            if (!isTerminator)
            {
                i++;
                continue;
            }

            // Consume the whole terminator run ("?!", "...") and any closing quotes or brackets after it.
            var runStart = i;
            while (i < end && text[i] is '.' or '!' or '?' or '…')
            {
                i++;
            }

            var isEllipsis = text[runStart] == '…' || i - runStart >= 3;
            while (i < end && (Chars.IsClosingQuote(text[i]) || text[i] == '"' || text[i] == '\'' || Chars.IsClosingBracket(text[i])))
            {
                i++;
            }

            if (i < end && !char.IsWhiteSpace(text[i]))
            {
                continue; // "3.5", "U.S.", "example.com": no boundary without following space.
            }

            var next = i;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= end)
            {
                break;
            }

            if (IsBoundary(text, start, runStart, i - runStart, isEllipsis, next, end))
            {
                var trimmed = Trim(text, start, i);
                if (!trimmed.IsEmpty)
                {
                    yield return trimmed;
                }

                start = next;
            }

            i = next;
        }

        var last = Trim(text, start, end);
        if (!last.IsEmpty)
        {
            yield return last;
        }
    }

    private static bool IsBoundary(string text, int sentenceStart, int terminator, int runLength, bool isEllipsis, int next, int end)
    {
        var nextChar = text[next];
        var firstLetter = next;
        while (firstLetter < end && (OpensQuote(text[firstLetter]) || Chars.IsOpeningBracket(text[firstLetter])))
        {
            firstLetter++;
        }

        var startsLower = firstLetter < end && char.IsLower(text[firstLetter]);
        if (startsLower)
        {
            return false;
        }

        var startsUpper = firstLetter < end && char.IsUpper(text[firstLetter]);
        if (isEllipsis)
        {
            return startsUpper;
        }

        if (text[terminator] != '.' || runLength > 1)
        {
            return true;
        }

        var word = WordBefore(text, sentenceStart, terminator);
        if (word.Length == 0)
        {
            return startsUpper || char.IsDigit(nextChar) || OpensQuote(nextChar) || Chars.IsOpeningBracket(nextChar);
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // An initial: "J. Smith".
        }

        if (word.Contains('.', StringComparison.Ordinal))
        {
            // Dotted acronym ("U.S."): a boundary only before a typical sentence opener.
            return startsUpper && Abbreviations.SentenceStarters.Contains(NextWord(text, firstLetter, end));
        }

        if (Abbreviations.NonTerminal.Contains(word))
        {
            return false;
        }

        return startsUpper || char.IsDigit(nextChar) || OpensQuote(nextChar) || Chars.IsOpeningBracket(nextChar);
    }

    /// <summary>
    /// A quotation mark that may open the next sentence, the grave accent included: wire copy and Penn Treebank text
    /// type an opening double quote as ``.
    /// </summary>
    private static bool OpensQuote(char c) => Chars.IsAnyQuote(c) || c == '`';

    /// <summary>The word (letters and inner periods) that ends at <paramref name="terminator"/>.</summary>
    private static string WordBefore(string text, int sentenceStart, int terminator)
    {
        var j = terminator;
        while (j > sentenceStart && (char.IsLetter(text[j - 1]) || (text[j - 1] == '.' && j - 2 >= sentenceStart && char.IsLetter(text[j - 2]))))
        {
            j--;
        }

        return text[j..terminator];
    }

    private static string NextWord(string text, int start, int end)
    {
        var j = start;
        while (j < end && char.IsLetter(text[j]))
        {
            j++;
        }

        return text[start..j];
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
