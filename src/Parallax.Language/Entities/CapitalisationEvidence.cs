using Parallax.Core.Annotations;
using Parallax.Language.Lexicon;

namespace Parallax.Language.Entities;

/// <summary>
/// Document-wide evidence about capitalised words: which appear capitalised where capitals are not forced
/// (mid-sentence, outside headline-style title case), which appear in lower case, where each sentence starts, and
/// which sentences are title case.
/// </summary>
internal sealed class CapitalisationEvidence
{
    private readonly HashSet<string> capitalisedMidSentence = new(StringComparer.Ordinal);
    private readonly HashSet<string> lowerCase = new(StringComparer.Ordinal);

    public CapitalisationEvidence(Document document)
    {
        var tokens = document.Tokens;
        SentenceStarts = new int[document.Sentences.Length + 1];
        IsForcedCapital = new bool[tokens.Length];
        TitleCase = new bool[document.Sentences.Length];
        var t = 0;
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            SentenceStarts[s] = t;
            var first = t;
            var capitalised = 0;
            var words = 0;
            var afterOpener = true;
            while (t < tokens.Length && tokens[t].Sentence == s)
            {
                var norm = tokens[t].Norm;
                IsForcedCapital[t] = afterOpener;
                afterOpener = norm is "\"" or ":" || (afterOpener && norm is "'" or "(" or "[" or "-" or "--");
                if (char.IsLetter(norm[0]) && !FunctionWords.All.Contains(norm))
                {
                    words++;
                    if (char.IsUpper(norm[0]))
                    {
                        capitalised++;
                    }
                }

                t++;
            }

            TitleCase[s] = words >= 3 && capitalised == words;
            for (var k = first; k < t; k++)
            {
                var norm = tokens[k].Norm;
                if (!char.IsLetter(norm[0]))
                {
                    continue;
                }

                if (char.IsLower(norm[0]))
                {
                    lowerCase.Add(norm.ToLowerInvariant());
                }
                else if (!TitleCase[s] && !IsForcedCapital[k])
                {
                    capitalisedMidSentence.Add(norm);
                }
            }
        }

        SentenceStarts[^1] = tokens.Length;
    }

    /// <summary>The first token of each sentence; the last entry is the token count.</summary>
    public int[] SentenceStarts { get; }

    /// <summary>True for tokens whose capital is forced by position (sentence start, after an opening quote).</summary>
    public bool[] IsForcedCapital { get; }

    /// <summary>True for headline-style sentences where every content word is capitalised.</summary>
    public bool[] TitleCase { get; }

    public bool SeenCapitalisedMidSentence(string norm) => capitalisedMidSentence.Contains(norm);

    public bool SeenLowerCase(string norm) => lowerCase.Contains(norm.ToLowerInvariant());
}
