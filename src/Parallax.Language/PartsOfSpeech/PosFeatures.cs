using Parallax.Language.Entities.Ner;

namespace Parallax.Language.PartsOfSpeech;

/// <summary>
/// The features of the part-of-speech tagger for one sentence, after Collins (2002) and Honnibal's greedy averaged
/// perceptron: the word (lower case, digits as 0), its prefix, suffixes of one to four letters and shape, the two
/// tags chosen before it, the tag before joined with the word, and the words, suffixes and shapes two either side.
/// The words are prepared once per sentence; the keys are 64-bit hashes (<see cref="FeatureHash"/>), so a saved model
/// holds no word of its training text.
/// </summary>
internal sealed class PosFeatures
{
    private const string Before = "<s>";
    private const string After = "</s>";
    private readonly string[] norms;
    private readonly string[] shapes;

    /// <param name="words">The sentence's tokens as written.</param>
    public PosFeatures(IReadOnlyList<string> words)
    {
        norms = new string[words.Count];
        shapes = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Length == 0 ? " " : words[i];
            norms[i] = NerSentenceView.Normalise(word);
            shapes[i] = NerSentenceView.ShapesOf(word).Short;
        }
    }

    public int Length => norms.Length;

    /// <summary>Adds the keys of token <paramref name="i"/>, given the tags chosen for the two tokens before it (-1 before the sentence).</summary>
    public void Add(int i, int previous, int beforePrevious, List<ulong> features)
    {
        var word = norms[i];
        features.Add(FeatureHash.Of((uint)PosFeature.Bias, 0));
        features.Add(FeatureHash.Of((uint)PosFeature.Word, word));
        features.Add(FeatureHash.Of((uint)PosFeature.Prefix, word.AsSpan(0, 1)));
        for (var length = 1; length <= 4 && length <= word.Length; length++)
        {
            features.Add(FeatureHash.Of((uint)PosFeature.Suffix, length, word.AsSpan(word.Length - length)));
        }

        features.Add(FeatureHash.Of((uint)PosFeature.Shape, shapes[i]));
        features.Add(FeatureHash.Of((uint)PosFeature.PreviousTag, previous));
        features.Add(FeatureHash.Of((uint)PosFeature.PreviousTwoTags, (previous * 256) + beforePrevious));
        features.Add(FeatureHash.Of((uint)PosFeature.PreviousTagWord, previous, word));
        for (var offset = -2; offset <= 2; offset++)
        {
            if (offset == 0)
            {
                continue;
            }

            var neighbour = NormAt(i + offset);
            features.Add(FeatureHash.Of((uint)PosFeature.WordAt, offset, neighbour));
            if (offset is -1 or 1)
            {
                features.Add(FeatureHash.Of((uint)PosFeature.SuffixAt, offset, neighbour.AsSpan(Math.Max(0, neighbour.Length - 3))));
                features.Add(FeatureHash.Of((uint)PosFeature.ShapeAt, offset, ShapeAt(i + offset)));
            }
        }

        // "that" before a noun or a verb, "as" before an adjective: the word with the one after tells them apart.
        features.Add(FeatureHash.Of((uint)PosFeature.NextWordPair, word, NormAt(i + 1)));
    }

    private string NormAt(int i) => i < 0 ? Before : i >= norms.Length ? After : norms[i];

    private string ShapeAt(int i) => i < 0 ? Before : i >= shapes.Length ? After : shapes[i];
}
