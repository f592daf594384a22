using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Core.Stories;

namespace Parallax.Core.Reports;

/// <summary>The outcome of one analysis: annotated documents, their stories, and a report per story.</summary>
public sealed record AnalysisResult(
    ImmutableArray<Document> Documents,
    StoryGrouping Grouping,
    ImmutableArray<StoryReport> Reports,
    ImmutableArray<InputProblem> Problems)
{
    /// <summary>The articles, in the order of <see cref="Documents"/>.</summary>
    public IEnumerable<Article> Articles => Documents.Select(d => d.Article);
}
