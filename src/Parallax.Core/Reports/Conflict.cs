using System.Collections.Immutable;

namespace Parallax.Core.Reports;

/// <summary>Aligned statements that disagree on a number, count, duration or date.</summary>
/// <param name="About">What the claims are about ("length of the war").</param>
/// <param name="Claims">Each side with its outlet and sentence.</param>
public sealed record Conflict(string About, ImmutableArray<Claim> Claims);
