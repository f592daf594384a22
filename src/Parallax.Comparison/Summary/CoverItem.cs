using System.Collections.Immutable;

namespace Parallax.Comparison.Summary;

/// <summary>A candidate sentence for <see cref="ConceptCoverSolver"/>.</summary>
/// <param name="Id">The caller's index of the sentence.</param>
/// <param name="Length">Its length in words (positive).</param>
/// <param name="Concepts">The distinct indexes of the concepts it contains.</param>
/// <param name="Group">Items of one group exclude each other (the wordings of one fact).</param>
internal sealed record CoverItem(int Id, int Length, ImmutableArray<int> Concepts, int Group);
