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
    PreviousLabelWord, // Retired with model format 2: LabelAndWord hashes the word once for every candidate label.
    PreviousLabelShape, // Retired with model format 2 (LabelAndShape).
    History,
    HyphenPart,
    WordKinds,
    WordAt,
    ShapeAndNeighbour,
    PreviousLabelNext, // Retired with model format 2 (LabelAndNext).
    OtherMentionNeighbour,
    Lexicon,
    Cluster,
    ClusterAt,
    LabelAndWord,
    LabelAndShape,
    LabelAndNext,
}
