namespace Parallax.Language.Quotes.Tagging;

/// <summary>The attribution tagger's kinds of feature; a template's number is part of every key, so never renumber one.</summary>
internal enum AttributionFeature : uint
{
    Bias = 1,
    Word,
    WordAt,
    Suffix,
    Shape,
    BigramBefore,
    BigramAfter,
    QuoteWindow,
    EntityAt,
    CueVerbAt,
    SentencePosition,
    PreviousLabel,
    PreviousLabelWord,
    CueLeft,
    CueRight,
    CueLeftWord,
    CueRightWord,
    CueLeftCommas,
    CueRightCommas,
    ThatAfterCue,
    InCue,
    CueInSentence,
    PreviousLabelCue,
    EntityCue,
    QuoteCue,
    WordCue,
}
