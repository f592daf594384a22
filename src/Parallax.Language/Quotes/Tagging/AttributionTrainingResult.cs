using System.Collections.Immutable;

namespace Parallax.Language.Quotes.Tagging;

/// <summary>A trained attribution model, the pass kept, and the development score of each pass (empty without one).</summary>
public sealed record AttributionTrainingResult(AttributionModel Model, int Iteration, ImmutableArray<double> DevelopmentScores);
