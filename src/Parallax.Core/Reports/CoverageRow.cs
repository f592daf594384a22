using System.Collections.Immutable;

namespace Parallax.Core.Reports;

/// <summary>Which outlets mention a person, organisation, place or fact of a story.</summary>
public sealed record CoverageRow(string Item, CoverageKind Kind, ImmutableArray<string> Sources);
