using Parallax.Language.Clusters;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// One sentence prepared for feature extraction: each token's word, normalised form (lower case, digits as 0),
/// shapes, gazetteer code and casing code. Built once per sentence; decoding only reads it.
/// </summary>
internal sealed class NerSentenceView
{
    public const int CapitalisedBit = 1;
    public const int AllCapsBit = 2;
    public const int InitialBit = 4;
    public const int SeenLowerInTrainingBit = 8;
    public const int SeenLowerInDocumentBit = 16;
    public const int SeenCapitalisedMidSentenceBit = 32;
    public const int HeadlineBit = 64;

    private readonly WordClusters? clusters;

    public NerSentenceView(string[] words, int sentence, NameGazetteer gazetteer, HashedWords lowercaseWords, NerDocumentContext casing, WordClusters? clusters)
    {
        Words = words;
        Norms = casing.NormsOf(sentence);
        LabelKeys = new (ulong, ulong, ulong)[words.Length];
        Shapes = new string[words.Length];
        ShortShapes = new string[words.Length];
        Gazetteer = new int[words.Length];
        WordKinds = new int[words.Length];
        Lexicon = new int[words.Length];
        Casing = new int[words.Length];
        Clusters = new int[words.Length];
        this.clusters = clusters;
        OtherMentionNeighbours = new (int, string)[words.Length][];
        gazetteer.Mark(words, Gazetteer);
        var headline = NerDocumentContext.IsHeadline(words);
        HeadlineWords = headline ? [.. words.Select(TitleCase)] : null;
        if (HeadlineWords is not null)
        {
            // "JAPAN GET LUCKY WIN": the gazetteer and the word weights know "Japan".
            var titled = new int[words.Length];
            gazetteer.Mark(HeadlineWords, titled);
            for (var i = 0; i < words.Length; i++)
            {
                Gazetteer[i] = Gazetteer[i] != 0 ? Gazetteer[i] : titled[i];
            }
        }

        var neighbours = new HashSet<(int, string)>();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var lower = word.ToLowerInvariant();
            Lexicon[i] = LexiconCues.Of(HeadlineWords?[i] ?? word);
            WordKinds[i] = gazetteer.WordKinds(word) | (HeadlineWords is null ? 0 : gazetteer.WordKinds(HeadlineWords[i]));
            (Shapes[i], ShortShapes[i]) = ShapesOf(word);
            Casing[i] = CasingOf(words, i, lower, headline, lowercaseWords, casing);
            Clusters[i] = clusters?.FinestOf(lower) ?? WordClusters.Unknown;
            OtherMentionNeighbours[i] = [];
            if (char.IsUpper(word[0]))
            {
                neighbours.Clear();
                casing.AddNeighboursOfOtherMentions(HeadlineWords?[i] ?? word, sentence, i, neighbours);
                OtherMentionNeighbours[i] = [.. neighbours.Order()];
            }
        }

        for (var i = 0; i < words.Length; i++)
        {
            LabelKeys[i] = (
                FeatureHash.Partial(FeatureTemplate.LabelAndWord, Norms[i]),
                FeatureHash.Partial(FeatureTemplate.LabelAndShape, ShortShapes[i]),
                FeatureHash.Partial(FeatureTemplate.LabelAndNext, i + 1 < words.Length ? Norms[i + 1] : "</s>"));
        }
    }

    public string[] Words { get; }

    /// <summary>In an all-caps headline, each word in title case ("JAPAN" → "Japan"); otherwise null.</summary>
    public string[]? HeadlineWords { get; }

    public string[] Norms { get; }

    public string[] Shapes { get; }

    public string[] ShortShapes { get; }

    /// <summary>Codes from <see cref="NameGazetteer.Mark"/>.</summary>
    public int[] Gazetteer { get; }

    /// <summary>The <see cref="LexiconCues"/> bits of each token.</summary>
    public int[] Lexicon { get; }

    /// <summary>The kind bits of the known names each token is part of.</summary>
    public int[] WordKinds { get; }

    /// <summary>For a capitalised token, the (offset, normalised word) pairs next to the word's other mentions in the document.</summary>
    public (int Offset, string Norm)[][] OtherMentionNeighbours { get; }

    /// <summary>
    /// Per token, the hash states (<see cref="FeatureHash.Partial"/>) of its word, short shape and next word, which
    /// the decoder completes with each candidate previous label: the text is hashed once, not once per candidate.
    /// </summary>
    public (ulong Word, ulong Shape, ulong Next)[] LabelKeys { get; }

    /// <summary>The finest word cluster of each token (<see cref="WordClusters.Unknown"/> for none).</summary>
    public int[] Clusters { get; }

    /// <summary>Bit sets of the casing evidence of each token (the *Bit constants).</summary>
    public int[] Casing { get; }

    public int Length => Words.Length;

    /// <summary>Whether the model uses word clusters.</summary>
    public bool HasClusters => clusters is not null;

    /// <summary>The cluster at <paramref name="level"/> of token <paramref name="i"/>: -1 for none, -2 before or after the sentence.</summary>
    public int ClusterAt(int i, int level) =>
        i < 0 || i >= Words.Length ? -2 : clusters is null ? WordClusters.Unknown : clusters.At(Clusters[i], level);

    /// <summary>Lower case with every digit as 0, so "1996" and "2003" share their statistics.</summary>
    public static string Normalise(string word) => string.Create(word.Length, word, static (span, w) =>
    {
        for (var i = 0; i < w.Length; i++)
        {
            span[i] = char.IsDigit(w[i]) ? '0' : char.ToLowerInvariant(w[i]);
        }
    });

    /// <summary>An all-caps word of two or more letters with all but its first letter in lower case; other words unchanged.</summary>
    public static string TitleCase(string word) =>
        NerDocumentContext.IsAllCaps(word) ? string.Concat(word.AsSpan(0, 1), word[1..].ToLowerInvariant()) : word;

    /// <summary>"McDonald's" → ("XxXxxxx'x", "XxXx'x"): runs of a class kept up to four long, and collapsed to one.</summary>
    public static (string Shape, string Short) ShapesOf(string word)
    {
        Span<char> shape = stackalloc char[Math.Min(word.Length, 64)];
        Span<char> brief = stackalloc char[shape.Length];
        int n = 0, m = 0, run = 0;
        var previous = '\0';
        for (var i = 0; i < shape.Length; i++)
        {
            var c = word[i];
            var cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            run = cls == previous ? run + 1 : 1;
            if (run <= 4)
            {
                shape[n++] = cls;
            }

            if (run == 1)
            {
                brief[m++] = cls;
            }

            previous = cls;
        }

        return (new string(shape[..n]), new string(brief[..m]));
    }

    private static int CasingOf(string[] words, int i, string lower, bool headline, HashedWords lowercaseWords, NerDocumentContext casing)
    {
        var word = words[i];
        var bits = headline ? HeadlineBit : 0;
        if (i == 0 || words[i - 1] is "\"" or "``" or "'" or ":" or "-" or "(")
        {
            bits |= InitialBit;
        }

        if (!char.IsUpper(word[0]))
        {
            return bits;
        }

        bits |= CapitalisedBit;
        if (NerDocumentContext.IsAllCaps(word))
        {
            bits |= AllCapsBit;
        }

        if (lowercaseWords.Contains(lower))
        {
            bits |= SeenLowerInTrainingBit;
        }

        if (casing.SeenLowerCase(lower))
        {
            bits |= SeenLowerInDocumentBit;
        }

        if (casing.SeenCapitalisedMidSentence(word))
        {
            bits |= SeenCapitalisedMidSentenceBit;
        }

        return bits;
    }
}
