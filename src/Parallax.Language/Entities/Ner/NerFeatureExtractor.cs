namespace Parallax.Language.Entities.Ner;

/// <summary>
/// The tagger's features for one token: its word, normalised form, shapes and affixes; the words and shapes two
/// tokens either side; casing evidence from the sentence, the document and the training text; known names around it;
/// and (dynamic, from the decoder) the labels just assigned and what earlier mentions of the word were labelled.
/// </summary>
internal static class NerFeatureExtractor
{
    private const string Before = "<s>";
    private const string After = "</s>";

    /// <summary>The features that do not depend on the labels assigned so far.</summary>
    public static void AddStatic(NerSentenceView s, int i, List<ulong> features)
    {
        var word = s.Words[i];
        var norm = s.Norms[i];
        features.Add(FeatureHash.Of(FeatureTemplate.Bias, 0));
        features.Add(FeatureHash.Of(FeatureTemplate.Word, word));
        if (s.HeadlineWords is { } titled && !ReferenceEquals(titled[i], word))
        {
            features.Add(FeatureHash.Of(FeatureTemplate.Word, titled[i]));
        }

        features.Add(FeatureHash.Of(FeatureTemplate.Norm, norm));
        features.Add(FeatureHash.Of(FeatureTemplate.Shape, s.Shapes[i]));
        features.Add(FeatureHash.Of(FeatureTemplate.ShortShape, s.ShortShapes[i]));
        for (var k = 1; k <= 4 && k <= word.Length; k++)
        {
            features.Add(FeatureHash.Of(FeatureTemplate.Prefix, k, word.AsSpan(0, k)));
            features.Add(FeatureHash.Of(FeatureTemplate.Suffix, k, norm.AsSpan(norm.Length - k)));
        }

        for (var offset = -2; offset <= 2; offset++)
        {
            if (offset != 0)
            {
                features.Add(FeatureHash.Of(FeatureTemplate.NormAt, offset, NormAt(s, i + offset)));
            }
        }

        features.Add(FeatureHash.Of(FeatureTemplate.ShapeAt, -1, ShortShapeAt(s, i - 1)));
        features.Add(FeatureHash.Of(FeatureTemplate.ShapeAt, 1, ShortShapeAt(s, i + 1)));
        features.Add(FeatureHash.Of(FeatureTemplate.ShapeWindow, ShortShapeAt(s, i - 1), s.ShortShapes[i], ShortShapeAt(s, i + 1)));
        features.Add(FeatureHash.Of(FeatureTemplate.BigramBefore, NormAt(s, i - 1), norm));
        features.Add(FeatureHash.Of(FeatureTemplate.BigramAfter, norm, NormAt(s, i + 1)));

        var casing = s.Casing[i];
        features.Add(FeatureHash.Of(FeatureTemplate.Casing, casing));
        features.Add(FeatureHash.Of(FeatureTemplate.Casing, 1000 + (casing & (NerSentenceView.CapitalisedBit | NerSentenceView.InitialBit | NerSentenceView.SeenLowerInTrainingBit))));
        features.Add(FeatureHash.Of(FeatureTemplate.Casing, 2000 + (casing & (NerSentenceView.CapitalisedBit | NerSentenceView.InitialBit | NerSentenceView.SeenLowerInDocumentBit | NerSentenceView.SeenCapitalisedMidSentenceBit))));

        features.Add(FeatureHash.Of(FeatureTemplate.Gazetteer, s.Gazetteer[i]));
        features.Add(FeatureHash.Of(FeatureTemplate.GazetteerAt, i > 0 ? s.Gazetteer[i - 1] : -1));
        features.Add(FeatureHash.Of(FeatureTemplate.GazetteerAt, 1000 + (i + 1 < s.Length ? s.Gazetteer[i + 1] : -1)));
        features.Add(FeatureHash.Of(FeatureTemplate.Gazetteer, (s.Gazetteer[i] * 256) + (casing & 0x7F) + 100_000));

        features.Add(FeatureHash.Of(FeatureTemplate.WordKinds, s.WordKinds[i]));
        features.Add(FeatureHash.Of(FeatureTemplate.WordKinds, 100 + (i > 0 ? s.WordKinds[i - 1] : 99)));
        features.Add(FeatureHash.Of(FeatureTemplate.WordKinds, 200 + (i + 1 < s.Length ? s.WordKinds[i + 1] : 99)));
        features.Add(FeatureHash.Of(FeatureTemplate.WordAt, -1, i > 0 ? s.Words[i - 1] : Before));
        features.Add(FeatureHash.Of(FeatureTemplate.WordAt, 1, i + 1 < s.Length ? s.Words[i + 1] : After));
        features.Add(FeatureHash.Of(FeatureTemplate.ShapeAndNeighbour, s.ShortShapes[i], NormAt(s, i - 1)));
        features.Add(FeatureHash.Of(FeatureTemplate.ShapeAndNeighbour, NormAt(s, i + 1), s.ShortShapes[i]));

        var lexicon = s.Lexicon[i];
        features.Add(FeatureHash.Of(FeatureTemplate.Lexicon, lexicon));
        for (var bit = 1; bit <= LexiconCues.All; bit <<= 1)
        {
            if ((lexicon & bit) != 0)
            {
                features.Add(FeatureHash.Of(FeatureTemplate.Lexicon, 1000 + bit));
            }
        }

        features.Add(FeatureHash.Of(FeatureTemplate.Lexicon, 2000 + (i > 0 ? s.Lexicon[i - 1] : 999)));
        features.Add(FeatureHash.Of(FeatureTemplate.Lexicon, 3000 + (i + 1 < s.Length ? s.Lexicon[i + 1] : 999)));

        foreach (var (offset, neighbour) in s.OtherMentionNeighbours[i])
        {
            features.Add(FeatureHash.Of(FeatureTemplate.OtherMentionNeighbour, offset, neighbour));
        }

        if (word.Length > 2 && word.IndexOf('-', 1) > 0)
        {
            foreach (var part in norm.Split('-', 4, StringSplitOptions.RemoveEmptyEntries))
            {
                features.Add(FeatureHash.Of(FeatureTemplate.HyphenPart, part));
            }
        }
    }

    /// <summary>
    /// The features of the labels assigned so far: the previous one and two labels (-1 before the sentence), alone
    /// and with the word and its shape, and <paramref name="history"/> (0 none, else 1 + the class most often
    /// assigned to this word earlier in the document: O, then the four kinds).
    /// </summary>
    public static void AddDynamic(NerSentenceView s, int i, int previous, int beforePrevious, int history, List<ulong> features)
    {
        features.Add(FeatureHash.Of(FeatureTemplate.PreviousLabel, previous));
        features.Add(FeatureHash.Of(FeatureTemplate.PreviousTwoLabels, (previous * 64) + beforePrevious));
        features.Add(FeatureHash.Of(FeatureTemplate.PreviousLabelWord, previous, s.Norms[i]));
        features.Add(FeatureHash.Of(FeatureTemplate.PreviousLabelShape, previous, s.ShortShapes[i]));
        features.Add(FeatureHash.Of(FeatureTemplate.PreviousLabelNext, previous, NormAt(s, i + 1)));
        features.Add(FeatureHash.Of(FeatureTemplate.History, history));
        features.Add(FeatureHash.Of(FeatureTemplate.History, (history * 256) + (s.Casing[i] & 0x7F) + 1000));
    }

    private static string NormAt(NerSentenceView s, int i) => i < 0 ? Before : i >= s.Length ? After : s.Norms[i];

    private static string ShortShapeAt(NerSentenceView s, int i) => i < 0 ? Before : i >= s.Length ? After : s.ShortShapes[i];
}
