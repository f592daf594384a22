using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Language.PartsOfSpeech;

namespace Parallax.Language.Quotes;

/// <summary>
/// Penn part-of-speech tags of a document's tokens from the shipped tagger, a sentence at a time on first need: the
/// attributor asks about few sentences, and tagging every one would cost the stage much of its speed.
/// </summary>
internal sealed class SentenceTags(ImmutableArray<Token> tokens, int[] sentenceStarts)
{
    private readonly string?[] tags = new string?[tokens.Length];

    /// <summary>The tag of token <paramref name="t"/>, or null when no tagger ships.</summary>
    public string? At(int t)
    {
        if (tags[t] is null && PosModel.Default is { } model)
        {
            var sentence = tokens[t].Sentence;
            var (first, end) = (sentenceStarts[sentence], sentenceStarts[sentence + 1]);
            var words = new string[end - first];
            for (var k = first; k < end; k++)
            {
                words[k - first] = tokens[k].Norm;
            }

            var tagged = model.Tag(words);
            for (var k = first; k < end; k++)
            {
                tags[k] = tagged[k - first];
            }
        }

        return tags[t];
    }

    /// <summary>True when token <paramref name="t"/> is a common or proper noun.</summary>
    public bool IsNoun(int t) => At(t) is "NN" or "NNS" or "NNP" or "NNPS";

    /// <summary>True when token <paramref name="t"/> can stand in a noun phrase before its head ("the three harbour").</summary>
    public bool IsNounPhraseWord(int t) =>
        At(t) is "NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "JJR" or "JJS" or "CD" or "DT" or "PRP$" or "POS";

    /// <summary>True when token <paramref name="t"/> is a finite verb: past, present or modal.</summary>
    public bool IsFiniteVerb(int t) => At(t) is "VBD" or "VBZ" or "VBP" or "MD";
}
