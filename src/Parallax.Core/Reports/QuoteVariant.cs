using System.Collections.Immutable;
using Parallax.Core.Text;

namespace Parallax.Core.Reports;

/// <summary>One outlet's wording of a quote.</summary>
/// <param name="Text">The quote as this outlet gives it.</param>
/// <param name="Source">The outlet.</param>
/// <param name="ArticleId">The article.</param>
/// <param name="Differences">Spans of <paramref name="Text"/> whose words the other variants do not share.</param>
public sealed record QuoteVariant(string Text, string Source, string ArticleId, ImmutableArray<TextSpan> Differences);
