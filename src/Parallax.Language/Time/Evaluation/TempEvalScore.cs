using Parallax.Core.Evaluation;

namespace Parallax.Language.Time.Evaluation;

/// <summary>
/// TempEval-3 time-expression scores (UzZaman et al. 2013): span precision, recall and F1 with strict (same
/// characters) and relaxed (overlapping) matching, and attribute F1 for type and value, where an attribute counts
/// when a relaxed match carries it correctly: P = correct / system timexes, R = correct / gold timexes.
/// </summary>
public sealed record TempEvalScore(
    int Documents,
    int Gold,
    int System,
    int StrictMatches,
    int RelaxedMatches,
    int TypeMatches,
    int ValueMatches)
{
    /// <summary>Strict span F1.</summary>
    public MatchCounts Strict => new(Gold, System, StrictMatches);

    /// <summary>Relaxed span F1.</summary>
    public MatchCounts Relaxed => new(Gold, System, RelaxedMatches);

    /// <summary>Type F1.</summary>
    public MatchCounts Type => new(Gold, System, TypeMatches);

    /// <summary>Value F1.</summary>
    public MatchCounts Value => new(Gold, System, ValueMatches);
}
