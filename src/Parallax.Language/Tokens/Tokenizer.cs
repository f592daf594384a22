using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Text;
using Parallax.Language.Lexicon;

namespace Parallax.Language.Tokens;

/// <summary>
/// Splits each sentence into Penn-Treebank-like tokens in one linear pass: words (with inner hyphens,
/// "three-and-a-half-year"), numbers ("40,000", "3.5", "20%"), dotted acronyms and title abbreviations ("U.S.", "Mr."),
/// clitics split off ("Russia’s" → "Russia" + "’s", "doesn’t" → "does" + "n’t"), and punctuation ("..." as one token).
/// <see cref="Token.Norm"/> carries ASCII quotes, apostrophes and dashes.
/// </summary>
public sealed class Tokenizer : IDocumentAnnotator
{
    public string Name => "tokens";

    public AnnotationLayers Requires => AnnotationLayers.Sentences;

    public AnnotationLayers Produces => AnnotationLayers.Tokens;

    public Document Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = ImmutableArray.CreateBuilder<Token>(Math.Max(16, text.Length / 5));
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            Tokenize(text, document.Sentences[s].Span, s, tokens);
        }

        return document with { Tokens = tokens.ToImmutable(), Layers = document.Layers | AnnotationLayers.Tokens };
    }

    /// <summary>Appends the tokens of <paramref name="span"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, TextSpan span, int sentence, ICollection<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var end = span.End;
        var i = span.Start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (Chars.IsWordChar(c))
            {
                i = ScanWord(text, i, end, sentence, tokens);
                continue;
            }

            var length = 1;
            if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                length = 3;
            }
            else if (c == '-' && i + 1 < end && text[i + 1] == '-')
            {
                length = 2;
            }

            Add(text, i, length, sentence, tokens);
            i += length;
        }
    }

    private static int ScanWord(string text, int start, int end, int sentence, ICollection<Token> tokens)
    {
        // Dotted acronyms and initials: "U.S.", "J." (the period stays unless it ends the sentence).
        if (char.IsLetter(text[start]) && start + 1 < end && text[start + 1] == '.')
        {
            var j = start;
            while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.' && (j == start || !char.IsLetter(text[j - 1])))
            {
                j += 2;
            }

            var isAcronym = j - start >= 4;
            var isInitial = j - start == 2 && char.IsUpper(text[start]) && j < end;
            if ((isAcronym || isInitial) && (j < end || isAcronym))
            {
                Add(text, start, j - start, sentence, tokens);
                return j;
            }
        }

        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (Chars.IsWordChar(c))
            {
                i++;
                continue;
            }

            if (Chars.IsHyphen(c) && i + 1 < end && Chars.IsWordChar(text[i + 1]))
            {
                i++;
                continue;
            }

            if ((c == '.' || c == ',') && char.IsDigit(text[i - 1]) && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            if (Chars.IsApostrophe(c) && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                var k = i + 1;
                while (k < end && char.IsLetter(text[k]))
                {
                    k++;
                }

                if (IsClitic(text, i + 1, k))
                {
                    // "doesn’t" → "does" + "n’t"; "Russia’s" → "Russia" + "’s".
                    var cliticStart = k - (i + 1) == 1 && (text[i + 1] is 't' or 'T') && i - 1 > start && (text[i - 1] is 'n' or 'N')
                        ? i - 1
                        : i;
                    Add(text, start, cliticStart - start, sentence, tokens);
                    Add(text, cliticStart, k - cliticStart, sentence, tokens);
                    return k;
                }

                i = k; // "O’Brien", "rock’n’roll".
                continue;
            }

            break;
        }

        if (i < end && text[i] == '%' && char.IsDigit(text[i - 1]))
        {
            i++;
        }
        else if (i + 1 < end && text[i] == '.' && Abbreviations.NonTerminal.Contains(text.AsSpan(start, i - start).ToString())
            && (char.IsWhiteSpace(text[i + 1]) || char.IsDigit(text[i + 1])))
        {
            i++; // "Mr.", "Gen.", "No." keep their period when the sentence goes on.
        }

        Add(text, start, i - start, sentence, tokens);
        return i;
    }

    private static bool IsClitic(string text, int start, int end)
    {
        var length = end - start;
        if (length == 1)
        {
            return text[start] is 's' or 'S' or 'd' or 'D' or 'm' or 'M' or 't' or 'T';
        }

        if (length == 2)
        {
            var a = char.ToLowerInvariant(text[start]);
            var b = char.ToLowerInvariant(text[start + 1]);
            return (a, b) is ('r', 'e') or ('v', 'e') or ('l', 'l');
        }

        return false;
    }

    private static void Add(string text, int start, int length, int sentence, ICollection<Token> tokens)
    {
        if (length > 0)
        {
            tokens.Add(new Token(new TextSpan(start, length), TokenNorm.Of(text, start, length), sentence));
        }
    }
}
