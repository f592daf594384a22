using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Quotes.Tagging;

/// <summary>
/// The features of the source-and-content tagger at one token, conditioned on the paragraph's cues: the direction
/// and distance to the nearest cue on each side and its words, the commas and "that" in between, whether the token
/// is itself a cue or shares its sentence with one, and its word, name and quotation, alone and joined with where
/// the cue is; joined with the previous label: the word, being inside a cue, and where the cues are.
/// </summary>
internal sealed class RoleFeatures : ITokenFeatures
{
    private const string None = "-";
    private readonly AttributionParagraph paragraph;
    private readonly int[] cueLeft;
    private readonly int[] cueRight;
    private readonly bool[] inCue;
    private readonly List<(int First, int Count, int Role)> cues;

    /// <param name="paragraph">The paragraph.</param>
    /// <param name="cueLabels">Its cue labels (<see cref="SpanLabels"/> with one role).</param>
    public RoleFeatures(AttributionParagraph paragraph, ReadOnlySpan<int> cueLabels)
    {
        this.paragraph = paragraph;
        cues = SpanLabels.Decode(cueLabels);
        cueLeft = new int[paragraph.Length];
        cueRight = new int[paragraph.Length];
        inCue = new bool[paragraph.Length];
        var last = -1;
        for (int i = 0, c = 0; i < paragraph.Length; i++)
        {
            // The nearest cue on the left is the last one ending before the token.
            while (c < cues.Count && cues[c].First + cues[c].Count <= i)
            {
                last = c++;
            }

            cueLeft[i] = last;
            inCue[i] = c < cues.Count && cues[c].First <= i;
            cueRight[i] = c < cues.Count && cues[c].First > i ? c : c + 1 < cues.Count ? c + 1 : -1;
        }
    }

    public void AddTransition(int i, List<ulong> features)
    {
        features.Add(FeatureHash.Of((uint)AttributionFeature.PreviousLabel, 0));
        features.Add(FeatureHash.Of((uint)AttributionFeature.PreviousLabelWord, paragraph.Lower[i]));
        if (inCue[i])
        {
            features.Add(FeatureHash.Of((uint)AttributionFeature.InCue, 0));
            features.Add(FeatureHash.Of((uint)AttributionFeature.InCue, paragraph.Lower[i]));
            return;
        }

        features.Add(FeatureHash.Of((uint)AttributionFeature.PreviousLabelCue, (Where(cueLeft[i], i, before: true) * 64) + Where(cueRight[i], i, before: false)));
    }

    public void AddObserved(int i, List<ulong> features)
    {
        var p = paragraph;
        var word = p.Lower[i];
        var quoted = p.InQuote[i] ? 1 : 0;
        features.Add(FeatureHash.Of((uint)AttributionFeature.Bias, 0));
        features.Add(FeatureHash.Of((uint)AttributionFeature.Word, word));
        features.Add(FeatureHash.Of((uint)AttributionFeature.WordAt, -1, i > 0 ? p.Lower[i - 1] : None));
        features.Add(FeatureHash.Of((uint)AttributionFeature.WordAt, 1, i + 1 < p.Length ? p.Lower[i + 1] : None));
        features.Add(FeatureHash.Of((uint)AttributionFeature.Shape, p.Shapes[i]));
        features.Add(FeatureHash.Of((uint)AttributionFeature.WordAt, -2, i > 1 ? p.Lower[i - 2] : None));
        features.Add(FeatureHash.Of((uint)AttributionFeature.WordAt, 2, i + 2 < p.Length ? p.Lower[i + 2] : None));
        features.Add(FeatureHash.Of((uint)AttributionFeature.SentenceQuoted, (p.SentenceQuoted[i] ? 2 : 0) + quoted));
        features.Add(FeatureHash.Of((uint)AttributionFeature.QuoteWindow, (Quoted(i - 1) << 2) | (quoted << 1) | Quoted(i + 1)));
        features.Add(FeatureHash.Of((uint)AttributionFeature.EntityAt, p.EntityKinds[i]));
        features.Add(FeatureHash.Of((uint)AttributionFeature.SentencePosition, Math.Min(p.PositionInSentence[i], 4)));
        if (inCue[i])
        {
            return;
        }

        var left = Where(cueLeft[i], i, before: true);
        var right = Where(cueRight[i], i, before: false);
        features.Add(FeatureHash.Of((uint)AttributionFeature.CueLeft, left));
        features.Add(FeatureHash.Of((uint)AttributionFeature.CueRight, right));
        features.Add(FeatureHash.Of((uint)AttributionFeature.CueLeft, left, CueWord(cueLeft[i])));
        features.Add(FeatureHash.Of((uint)AttributionFeature.CueRight, right, CueWord(cueRight[i])));
        features.Add(FeatureHash.Of((uint)AttributionFeature.CueLeftWord, left, word));
        features.Add(FeatureHash.Of((uint)AttributionFeature.CueRightWord, right, word));
        features.Add(FeatureHash.Of((uint)AttributionFeature.CueLeftCommas, (left * 4) + Commas(cueLeft[i], i)));
        features.Add(FeatureHash.Of((uint)AttributionFeature.CueRightCommas, (right * 4) + Commas(cueRight[i], i)));
        features.Add(FeatureHash.Of((uint)AttributionFeature.ThatAfterCue, left, ThatBetween(cueLeft[i], i) ? "1" : "0"));
        features.Add(FeatureHash.Of((uint)AttributionFeature.EntityCue, (p.EntityKinds[i] * 4096) + (left * 64) + right));
        features.Add(FeatureHash.Of((uint)AttributionFeature.QuoteCue, (quoted * 4096) + (left * 64) + right));
        features.Add(FeatureHash.Of((uint)AttributionFeature.CueInSentence, (SameSentence(cueLeft[i], i) ? 2 : 0) + (SameSentence(cueRight[i], i) ? 1 : 0), word));
        features.Add(FeatureHash.Of((uint)AttributionFeature.WordCue, (left * 64) + right, i > 0 ? p.Lower[i - 1] : None));
    }

    /// <summary>Where cue <paramref name="c"/> lies from token <paramref name="i"/>: 0 for none, else a distance bucket, plus 16 when in another sentence.</summary>
    private int Where(int c, int i, bool before)
    {
        if (c < 0)
        {
            return 0;
        }

        var (first, count, _) = cues[c];
        var distance = before ? i - (first + count - 1) : first - i;
        var bucket = distance switch
        {
            1 => 1,
            2 => 2,
            3 => 3,
            <= 5 => 4,
            <= 8 => 5,
            <= 15 => 6,
            <= 30 => 7,
            _ => 8,
        };
        return SameSentence(c, i) ? bucket : bucket + 16;
    }

    private bool SameSentence(int c, int i) =>
        c >= 0 && (paragraph.Sentences[cues[c].First] == paragraph.Sentences[i] || paragraph.Sentences[cues[c].First + cues[c].Count - 1] == paragraph.Sentences[i]);

    private string CueWord(int c) => c < 0 ? None : paragraph.Stems[cues[c].First];

    private int Commas(int c, int i)
    {
        if (c < 0)
        {
            return 0;
        }

        var (first, count, _) = cues[c];
        var (from, to) = first > i ? (i + 1, first) : (first + count, i);
        var commas = 0;
        for (var k = from; k < to && commas < 3; k++)
        {
            commas += paragraph.Lower[k] == "," ? 1 : 0;
        }

        return commas;
    }

    private bool ThatBetween(int c, int i)
    {
        if (c < 0)
        {
            return false;
        }

        for (var k = cues[c].First + cues[c].Count; k < i; k++)
        {
            if (paragraph.Lower[k] == "that")
            {
                return true;
            }
        }

        return false;
    }

    private int Quoted(int i) => i >= 0 && i < paragraph.Length && paragraph.InQuote[i] ? 1 : 0;
}
