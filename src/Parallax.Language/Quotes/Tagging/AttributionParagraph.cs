using Parallax.Core.Annotations;
using Parallax.Language.Entities.Ner;
using Parallax.Language.Lexicon;
using Parallax.Language.Stemming;

namespace Parallax.Language.Quotes.Tagging;

/// <summary>
/// The tokens of one paragraph as the attribution tagger sees them: lower-case words, short shapes, whether each lies
/// inside a quotation, the kind of entity it belongs to, and its sentence. A paragraph is the tagging unit because
/// a content may run over sentence ends ("X said. “…”" and reported speech continued in the next sentence).
/// </summary>
internal sealed class AttributionParagraph
{
    private AttributionParagraph(int firstToken, int length)
    {
        FirstToken = firstToken;
        Length = length;
        Lower = new string[length];
        Shapes = new string[length];
        InQuote = new bool[length];
        EntityKinds = new int[length];
        Sentences = new int[length];
        SentenceStarts = new bool[length];
        PositionInSentence = new int[length];
        IsCueVerb = new bool[length];
        Stems = new string[length];
        SentenceQuoted = new bool[length];
        CueVerbClusters = new int[length];
    }

    /// <summary>The document index of the paragraph's first token.</summary>
    public int FirstToken { get; }

    public int Length { get; }

    public string[] Lower { get; }

    public string[] Shapes { get; }

    public bool[] InQuote { get; }

    /// <summary>0 outside a name, else 1 + the <see cref="EntityKind"/> of the mention.</summary>
    public int[] EntityKinds { get; }

    /// <summary>The sentence of each token, counted from the paragraph's first.</summary>
    public int[] Sentences { get; }

    public bool[] SentenceStarts { get; }

    /// <summary>How many tokens of its sentence come before each token.</summary>
    public int[] PositionInSentence { get; }

    /// <summary>Porter stems: "believes", "believed" and "believing" are one word to a reporting verb.</summary>
    public string[] Stems { get; }

    /// <summary>Whether the token's sentence holds quoted words.</summary>
    public bool[] SentenceQuoted { get; }

    /// <summary>Whether the word is in the closed list of reporting verbs the rule-based attributor knows.</summary>
    public bool[] IsCueVerb { get; }

    /// <summary>
    /// Per token, bit <c>l</c> set when its word cluster at level <c>l</c> (<see cref="ReportingClusters"/>) holds a
    /// word of the rules' reporting-verb list: a verb seen once in the labelled data but used like "said" or
    /// "denied" in the unlabelled text is marked like them.
    /// </summary>
    public int[] CueVerbClusters { get; }

    /// <summary>The paragraphs of the document behind <paramref name="context"/>, in order (paragraphs without tokens left out).</summary>
    public static List<AttributionParagraph> Of(AttributionContext context)
    {
        var paragraphs = new List<AttributionParagraph>();
        var tokens = context.Tokens;
        var start = 0;
        while (start < tokens.Length)
        {
            var paragraph = context.ParagraphOf(start);
            var end = start + 1;
            while (end < tokens.Length && context.ParagraphOf(end) == paragraph)
            {
                end++;
            }

            paragraphs.Add(Build(context, start, end));
            start = end;
        }

        return paragraphs;
    }

    private static AttributionParagraph Build(AttributionContext context, int start, int end)
    {
        var view = new AttributionParagraph(start, end - start);
        var firstSentence = context.SentenceOf(start);
        for (var t = start; t < end; t++)
        {
            var i = t - start;
            var norm = context.Norm(t);
            view.Lower[i] = norm.ToLowerInvariant();
            view.Shapes[i] = NerSentenceView.ShapesOf(norm).Short;
            view.InQuote[i] = context.InQuote[t];
            var mention = context.MentionAt[t];
            view.EntityKinds[i] = mention < 0 ? 0 : 1 + (int)context.Document.Mentions[mention].Kind;
            view.Sentences[i] = context.SentenceOf(t) - firstSentence;
            view.SentenceStarts[i] = t == context.SentenceStart(t);
            view.PositionInSentence[i] = t - context.SentenceStart(t);
            view.IsCueVerb[i] = CueVerbs.All.Contains(norm);
            view.Stems[i] = PorterStemmer.Stem(view.Lower[i]);
            view.CueVerbClusters[i] = ReportingClusters.Default.LevelsOf(view.Lower[i]);
        }

        for (var i = 0; i < view.Length;)
        {
            var j = i;
            var quoted = false;
            while (j < view.Length && view.Sentences[j] == view.Sentences[i])
            {
                quoted |= view.InQuote[j++];
            }

            view.SentenceQuoted.AsSpan(i, j - i).Fill(quoted);
            i = j;
        }

        return view;
    }
}
