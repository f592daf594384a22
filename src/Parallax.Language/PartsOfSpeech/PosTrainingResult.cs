using System.Collections.Immutable;

namespace Parallax.Language.PartsOfSpeech;

/// <summary>What <see cref="PosTrainer.Train"/> returns: the kept model, its pass and each pass's development accuracy (empty without development data).</summary>
public sealed record PosTrainingResult(PosModel Model, int Iteration, ImmutableArray<double> DevelopmentAccuracy);
