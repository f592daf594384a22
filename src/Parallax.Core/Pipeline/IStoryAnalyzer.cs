using Parallax.Core.Annotations;
using Parallax.Core.Reports;

namespace Parallax.Core.Pipeline;

/// <summary>
/// Fills one or more sections of a <see cref="StoryReport"/> (facts, conflicts, summary, …). Analyzers run in the
/// order they were added, so one may read sections an earlier one filled. Implementations are thread-safe.
/// </summary>
public interface IStoryAnalyzer
{
    /// <summary>A short name for messages and docs.</summary>
    string Name { get; }

    /// <summary>Document layers the analyzer reads.</summary>
    AnnotationLayers Requires { get; }

    /// <summary>Returns the report with this analyzer's sections filled.</summary>
    StoryReport Analyze(StoryContext context, StoryReport report);
}
