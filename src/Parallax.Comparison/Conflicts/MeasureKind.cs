namespace Parallax.Comparison.Conflicts;

/// <summary>What a measurement measures.</summary>
internal enum MeasureKind
{
    /// <summary>How long something has lasted, in years: "three-and-a-half-year war", "its fourth year".</summary>
    Length,
    /// <summary>How many of something there are or how often it happened: "three rounds of talks", "met twice".</summary>
    Count,
    /// <summary>What share of something, in percent: "two-thirds of voters", "66% of voters".</summary>
    Share,
}
