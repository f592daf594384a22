using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Quotes.Tagging;

/// <summary>
/// The features of the cue tagger at one token: the word and its neighbours, suffixes (the inflection of a verb),
/// shape, whether the token and its neighbours are quoted, the names around it, whether a neighbour is a known
/// reporting verb or shares a word cluster with one, how often its stem was a cue in the training text
/// (<see cref="CueLexicon"/>), the position in the sentence; and, joined with the previous label, the word.
/// </summary>
internal sealed class CueFeatures : ITokenFeatures
{
    private const string Before = "<s>";
    private const string After = "</s>";
    private readonly AttributionParagraph paragraph;
    private readonly int[] lexiconClasses;

    /// <param name="paragraph">The paragraph.</param>
    /// <param name="lexicon">How often each stem was a cue in the training text (in training, text of other documents only).</param>
    public CueFeatures(AttributionParagraph paragraph, CueLexicon lexicon)
    {
        this.paragraph = paragraph;
        lexiconClasses = [.. paragraph.Stems.Select(lexicon.ClassOfStem)];
    }

    public void AddTransition(int i, List<ulong> features)
    {
        features.Add(FeatureHash.Of((uint)AttributionFeature.PreviousLabel, 0));
        features.Add(FeatureHash.Of((uint)AttributionFeature.PreviousLabelWord, paragraph.Lower[i]));
    }

    public void AddObserved(int i, List<ulong> features)
    {
        var p = paragraph;
        var word = p.Lower[i];
        features.Add(Key(AttributionFeature.Bias, 0));
        features.Add(Key(AttributionFeature.Word, word));
        for (var offset = -3; offset <= 3; offset++)
        {
            if (offset != 0)
            {
                features.Add(FeatureHash.Of((uint)AttributionFeature.WordAt, offset, LowerAt(i + offset)));
                features.Add(FeatureHash.Of((uint)AttributionFeature.CueVerbAt, offset, Flag(i + offset)));
            }
        }

        for (var length = 2; length <= 4 && length < word.Length; length++)
        {
            features.Add(FeatureHash.Of((uint)AttributionFeature.Suffix, length, word.AsSpan(word.Length - length)));
        }

        features.Add(Key(AttributionFeature.Shape, p.Shapes[i]));
        features.Add(FeatureHash.Of((uint)AttributionFeature.BigramBefore, LowerAt(i - 1), word));
        features.Add(FeatureHash.Of((uint)AttributionFeature.BigramAfter, word, LowerAt(i + 1)));
        var quotes = (Quoted(i - 1) << 2) | (Quoted(i) << 1) | Quoted(i + 1);
        features.Add(FeatureHash.Of((uint)AttributionFeature.QuoteWindow, quotes));
        features.Add(FeatureHash.Of((uint)AttributionFeature.QuoteWindow, quotes, word));
        for (var offset = -1; offset <= 1; offset++)
        {
            var kind = i + offset >= 0 && i + offset < p.Length ? p.EntityKinds[i + offset] : -1;
            features.Add(FeatureHash.Of((uint)AttributionFeature.EntityAt, (offset * 16) + kind, word));
        }

        features.Add(FeatureHash.Of((uint)AttributionFeature.SentencePosition, Math.Min(p.PositionInSentence[i], 6)));
        var stem = p.Stems[i];
        features.Add(Key(AttributionFeature.Stem, stem));
        features.Add(FeatureHash.Of((uint)AttributionFeature.StemAt, -1, i > 0 ? p.Stems[i - 1] : Before));
        features.Add(FeatureHash.Of((uint)AttributionFeature.StemAt, 1, i + 1 < p.Length ? p.Stems[i + 1] : After));
        features.Add(FeatureHash.Of((uint)AttributionFeature.StemNext, stem, LowerAt(i + 1)));
        features.Add(FeatureHash.Of((uint)AttributionFeature.Ahead, Ahead(i), stem));
        features.Add(FeatureHash.Of((uint)AttributionFeature.Behind, Behind(i), stem));
        features.Add(FeatureHash.Of((uint)AttributionFeature.SentenceQuoted, p.SentenceQuoted[i] ? 1 : 0, stem));
        for (var offset = -3; offset <= 3; offset++)
        {
            // The two finer cluster levels (256 and 1,024 clusters); the coarsest was not tried.
            var levels = i + offset >= 0 && i + offset < p.Length ? p.CueVerbClusters[i + offset] & 0b110 : -1;
            features.Add(FeatureHash.Of((uint)AttributionFeature.CueVerbClusterAt, (offset * 16) + levels));
        }

        // The stem's cue class, alone, beside its neighbours' and with what lies around it ("that", a quotation, a name).
        var lexiconClass = lexiconClasses[i];
        features.Add(FeatureHash.Of((uint)AttributionFeature.CueLexiconClass, lexiconClass));
        features.Add(FeatureHash.Of((uint)AttributionFeature.CueLexiconNeighbours, (((lexiconClass * 64) + ClassAt(i - 1)) * 64) + ClassAt(i + 1)));
        features.Add(FeatureHash.Of((uint)AttributionFeature.CueLexiconAhead, (lexiconClass * 16) + Ahead(i)));
        features.Add(FeatureHash.Of((uint)AttributionFeature.CueLexiconBehind, (lexiconClass * 16) + Behind(i)));
    }

    /// <summary>The cue class of token <paramref name="i"/>; 63, which no class is, beyond the paragraph.</summary>
    private int ClassAt(int i) => i >= 0 && i < paragraph.Length ? lexiconClasses[i] : 63;

    /// <summary>What the next few tokens hold: "that" (bit 0), a quotation (bit 1), a comma (bit 2), a name (bit 3).</summary>
    private int Ahead(int i)
    {
        var found = 0;
        for (var k = i + 1; k < paragraph.Length && k <= i + 3 && paragraph.Sentences[k] == paragraph.Sentences[i]; k++)
        {
            found |= (paragraph.Lower[k] == "that" ? 1 : 0) | (paragraph.InQuote[k] ? 2 : 0) | (paragraph.Lower[k] == "," ? 4 : 0) | (paragraph.EntityKinds[k] > 0 ? 8 : 0);
        }

        return found;
    }

    /// <summary>What the previous few tokens of the sentence hold: a quotation (bit 0), a comma (bit 1), a name (bit 2), a pronoun-like lower-case start (bit 3).</summary>
    private int Behind(int i)
    {
        var found = 0;
        for (var k = i - 1; k >= 0 && k >= i - 3 && paragraph.Sentences[k] == paragraph.Sentences[i]; k--)
        {
            found |= (paragraph.InQuote[k] ? 1 : 0) | (paragraph.Lower[k] == "," ? 2 : 0) | (paragraph.EntityKinds[k] > 0 ? 4 : 0) | (paragraph.Lower[k] is "he" or "she" or "they" or "it" or "we" or "i" ? 8 : 0);
        }

        return found;
    }

    private static ulong Key(AttributionFeature template, int value) => FeatureHash.Of((uint)template, value);

    private static ulong Key(AttributionFeature template, string value) => FeatureHash.Of((uint)template, value);

    private string LowerAt(int i) => i < 0 ? Before : i >= paragraph.Length ? After : paragraph.Lower[i];

    private string Flag(int i) => i < 0 || i >= paragraph.Length ? "-" : paragraph.IsCueVerb[i] ? "1" : "0";

    private int Quoted(int i) => i >= 0 && i < paragraph.Length && paragraph.InQuote[i] ? 1 : 0;
}
