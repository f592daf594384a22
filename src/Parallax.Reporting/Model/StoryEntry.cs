using System.Collections.Immutable;
using Parallax.Core.Articles;
using Parallax.Core.Reports;
using Parallax.Core.Stories;

namespace Parallax.Reporting.Model;

/// <summary>A story with its report, its member articles that were found, and its outlets in order of first appearance.</summary>
internal sealed record StoryEntry(Story Story, StoryReport Report, ImmutableArray<Article> Articles, ImmutableArray<string> Sources);
