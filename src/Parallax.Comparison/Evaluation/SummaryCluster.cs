using System.Collections.Immutable;
using Parallax.Core.Articles;

namespace Parallax.Comparison.Evaluation;

/// <summary>One document cluster of a summarisation set with its reference summaries.</summary>
/// <param name="Name">The cluster's folder name (e.g. <c>d30001t</c>).</param>
/// <param name="Articles">Its documents, in file-name order.</param>
/// <param name="References">The texts of its human summaries.</param>
public sealed record SummaryCluster(string Name, ImmutableArray<Article> Articles, ImmutableArray<string> References);
