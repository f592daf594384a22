using System.Collections.Immutable;

namespace Parallax.Core.Reports;

/// <summary>The same statement by the same speaker, quoted in different words by different outlets.</summary>
public sealed record QuoteVariantGroup(string Speaker, ImmutableArray<QuoteVariant> Variants);
