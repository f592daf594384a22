using System.Collections.Immutable;

namespace Parallax.Core.Reports;

/// <summary>A summary sentence, taken verbatim from a source and citing every outlet that carries it.</summary>
public sealed record SummarySentence(
    string Text,
    ImmutableArray<string> Sources,
    ImmutableArray<string> ArticleIds,
    SourceSentence Origin);
