using System.Collections.Immutable;

namespace Parallax.Core.Reports;

/// <summary>A statement reported by one or more outlets, aligned across their wordings.</summary>
/// <param name="Text">The representative wording.</param>
/// <param name="Sources">Every outlet that carries it.</param>
/// <param name="ArticleIds">Every article that carries it.</param>
/// <param name="Statements">The aligned sentences, one or more per outlet.</param>
public sealed record Fact(
    string Text,
    ImmutableArray<string> Sources,
    ImmutableArray<string> ArticleIds,
    ImmutableArray<SourceSentence> Statements)
{
    /// <summary>True when only one outlet reports it.</summary>
    public bool IsSingleSource => Sources.Length == 1;
}
