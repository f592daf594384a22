namespace Parallax.Language.Entities.Ner;

/// <summary>The kinds of feature the tagger uses; a template's number is part of every key, so never renumber one.</summary>
internal enum FeatureTemplate
{
    Bias = 1,
    Word,
    Norm,
    Shape,
    ShortShape,
    Prefix,
    Suffix,
    NormAt,
    ShapeAt,
    ShapeWindow,
    BigramBefore,
    BigramAfter,
    Casing,
    Gazetteer,
    GazetteerAt,
    PreviousLabel,
    PreviousTwoLabels,
    PreviousLabelWord,
    PreviousLabelShape,
    History,
    HyphenPart,
    WordKinds,
    WordAt,
    ShapeAndNeighbour,
    PreviousLabelNext,
    OtherMentionNeighbour,
    Lexicon,
}
