using System.Collections.Immutable;

namespace Parallax.Core.Reports;

/// <summary>A term an outlet uses markedly more than the other outlets of a story.</summary>
/// <param name="Source">The outlet.</param>
/// <param name="Term">The term as written most often.</param>
/// <param name="ZScore">Log-odds ratio with informative Dirichlet prior, divided by its standard deviation.</param>
/// <param name="Count">How often the outlet uses it.</param>
/// <param name="Sentences">The sentences behind it.</param>
public sealed record OutletTerm(string Source, string Term, double ZScore, int Count, ImmutableArray<SourceSentence> Sentences);
