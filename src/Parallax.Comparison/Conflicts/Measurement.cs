using System.Collections.Immutable;
using Parallax.Comparison.Text;

namespace Parallax.Comparison.Conflicts;

/// <summary>
/// A number read as a measurement of some thing in one sentence: the range of values it allows, what it measures
/// (<see cref="Subject"/>, a synonym-folded stem) and the named words around it that anchor it to one event.
/// </summary>
/// <param name="Profile">The sentence.</param>
/// <param name="Kind">Length of time or count.</param>
/// <param name="Low">Lowest value allowed (years for lengths), inclusive.</param>
/// <param name="High">Value the wording stays below, exclusive.</param>
/// <param name="UnitYears">For lengths, the unit in years (1 for "year", 1/12 for "month"); 0 for counts.</param>
/// <param name="Subject">The folded stem of the thing measured ("war", "meeting").</param>
/// <param name="Description">Words for the thing measured, for <c>About</c> ("rounds of talks").</param>
/// <param name="Value">The value as written ("third year", "three rounds", "twice").</param>
/// <param name="Anchors">Named stems near the number, with their surface form.</param>
/// <param name="Definite">True for a length of a definite thing ("the three-year war", "its third year", "years of war").</param>
internal sealed record Measurement(
    SentenceProfile Profile,
    MeasureKind Kind,
    double Low,
    double High,
    double UnitYears,
    string Subject,
    string Description,
    string Value,
    ImmutableArray<(string Stem, string Surface)> Anchors,
    bool Definite = false)
{
    /// <summary>For counts, what the sentence says of the things counted (folded stems near the number).</summary>
    public ImmutableHashSet<string> Role { get; init; } = [];

    /// <summary>True when the two ranges share no value.</summary>
    public bool Excludes(double low, double high) => !(Low < high && low < High);
}
