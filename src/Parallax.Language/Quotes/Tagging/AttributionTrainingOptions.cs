namespace Parallax.Language.Quotes.Tagging;

/// <summary>How <see cref="AttributionTrainer"/> trains.</summary>
/// <param name="MaxIterations">Passes over the training documents; with a development set, the best pass is kept.</param>
/// <param name="Seed">Seeds the order of documents in each pass, so training is reproducible.</param>
/// <param name="PruneBelow">Features whose largest averaged weight is smaller than this are dropped from the saved model.</param>
/// <param name="CueBias">
/// Added to the score of a cue's first token when tagging: the cue tagger is precise and misses many cues, and a
/// missed cue loses its content and source too.
/// </param>
/// <param name="CueFolds">
/// The role tagger learns from the cues a cue tagger trained on the other folds finds (as it will see them when
/// tagging new text), with the training documents split into this many folds; 0 or 1: from the gold cues.
/// </param>
/// <param name="FoldIterations">Passes of each fold's cue tagger.</param>
/// <param name="Decoding">How both taggers decode, in training and in the model trained.</param>
/// <param name="LexiconFolds">
/// The cue tagger reads how often each stem was a cue (<see cref="CueLexicon"/>); in training, each document reads
/// the lexicon of the documents outside its fold, with the documents split into this many folds. 0 or 1: no lexicon.
/// </param>
/// <remarks>The defaults are the shipped model's settings, chosen on PolNeAR's dev split (docs/quotes-eval.md).</remarks>
public sealed record AttributionTrainingOptions(
    int MaxIterations = 15, ulong Seed = 2016, float PruneBelow = 4f, float CueBias = 48f, int CueFolds = 0, int FoldIterations = 2, SpanDecoding Decoding = SpanDecoding.Viterbi, int LexiconFolds = 5)
{
    public static AttributionTrainingOptions Default { get; } = new();
}
