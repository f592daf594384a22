using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Quotes;

/// <summary>
/// Lists a story's quotes and paraphrases: direct and partial quotes go to <see cref="StoryReport.Quotes"/>, indirect
/// speech to <see cref="StoryReport.Paraphrases"/> so a paraphrase is never shown as a quote. When an earlier analyzer
/// linked the story's entities, each speaker is given the story entity's name (matched by name or alias,
/// case-insensitively), so one person has one name across outlets; otherwise the attributed name is kept.
/// Records are ordered by article (story order), then by position in the article.
/// </summary>
public sealed class QuoteCollector : IStoryAnalyzer
{
    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public AnnotationLayers Requires => AnnotationLayers.Attributions;

    /// <inheritdoc />
    public StoryReport Analyze(StoryContext context, StoryReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var (quotes, paraphrases) = StoryQuotes.Collect(context, report);
        return report with { Quotes = quotes, Paraphrases = paraphrases };
    }
}
