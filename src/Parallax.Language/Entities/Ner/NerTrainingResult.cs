using System.Collections.Immutable;

namespace Parallax.Language.Entities.Ner;

/// <summary>A trained model, the pass it comes from, and the development F1 after each pass (empty without a development set).</summary>
public sealed record NerTrainingResult(NerModel Model, int Iteration, ImmutableArray<double> DevelopmentF1);
