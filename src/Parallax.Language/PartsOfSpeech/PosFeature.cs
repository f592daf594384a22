namespace Parallax.Language.PartsOfSpeech;

/// <summary>The part-of-speech tagger's kinds of feature; a template's number is part of every key, so never renumber one.</summary>
internal enum PosFeature : uint
{
    Bias = 101,
    Word,
    Prefix,
    Suffix,
    Shape,
    PreviousTag,
    PreviousTwoTags,
    PreviousTagWord,
    WordAt,
    SuffixAt,
    ShapeAt,
    NextWordPair,
}
