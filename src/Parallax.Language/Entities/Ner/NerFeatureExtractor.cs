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

        // Word clusters give a word seen once or never in training the weights of the frequent words used alike.
        for (var level = 0; level < 3 && s.HasClusters; level++)
        {
            features.Add(FeatureHash.Of(FeatureTemplate.Cluster, (level * 10_000) + s.ClusterAt(i, level)));
        }

        for (var level = 1; level < 3 && s.HasClusters; level++)
        {
            features.Add(FeatureHash.Of(FeatureTemplate.ClusterAt, (level * 10_000) + s.ClusterAt(i - 1, level)));
            features.Add(FeatureHash.Of(FeatureTemplate.ClusterAt, 100_000 + (level * 10_000) + s.ClusterAt(i + 1, level)));
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
    /// The prediction-history features: <paramref name="history"/> is 0 when the word has no earlier labelled mention
    /// in the document, else 1 + the class most often assigned to it there (O, then the four kinds).
    /// </summary>
    public static void AddHistory(NerSentenceView s, int i, int history, List<ulong> features)
    {
        features.Add(FeatureHash.Of(FeatureTemplate.History, history));
        features.Add(FeatureHash.Of(FeatureTemplate.History, (history * 256) + (s.Casing[i] & 0x7F) + 1000));
    }

    /// <summary>
    /// The features of the labels assigned so far: the previous one and two labels (-1 before the sentence), alone
    /// (<see cref="AddLabelPair"/>) and with the word, its shape and the next word (<see cref="AddLabelContext"/>).
    /// </summary>
    public static void AddLabels(NerSentenceView s, int i, int previous, int beforePrevious, List<ulong> features)
    {
        AddLabelPair(previous, beforePrevious, features);
        AddLabelContext(s, i, previous, features);
    }

    /// <summary>The features of the previous two labels alone, the same at every token.</summary>
    public static void AddLabelPair(int previous, int beforePrevious, List<ulong> features)
    {
        features.Add(FeatureHash.Of(FeatureTemplate.PreviousLabel, previous));
        features.Add(FeatureHash.Of(FeatureTemplate.PreviousTwoLabels, (previous * 64) + beforePrevious));
    }

    /// <summary>The features of the previous label with the token's word, short shape and next word.</summary>
    public static void AddLabelContext(NerSentenceView s, int i, int previous, List<ulong> features)
    {
        var (word, shape, next) = s.LabelKeys[i];
        features.Add(FeatureHash.Complete(word, previous));
        features.Add(FeatureHash.Complete(shape, previous));
        features.Add(FeatureHash.Complete(next, previous));
    }

    private static string NormAt(NerSentenceView s, int i) => i < 0 ? Before : i >= s.Length ? After : s.Norms[i];

    private static string ShortShapeAt(NerSentenceView s, int i) => i < 0 ? Before : i >= s.Length ? After : s.ShortShapes[i];
}
