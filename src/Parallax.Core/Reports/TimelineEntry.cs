using System.Collections.Immutable;

namespace Parallax.Core.Reports;

/// <summary>A dated event of a story.</summary>
/// <param name="Date">The TIMEX3 date value (<c>2025-09-12</c>, <c>2025-07</c>).</param>
/// <param name="Text">The sentence that reports it.</param>
/// <param name="Sources">Every outlet that reports it.</param>
/// <param name="ArticleIds">Every article that reports it.</param>
public sealed record TimelineEntry(string Date, string Text, ImmutableArray<string> Sources, ImmutableArray<string> ArticleIds);
