using Parallax.Core.Articles;

namespace Parallax.Extraction.Text;

/// <summary>A boilerplate cue: a lower-case phrase matched on word boundaries, the kind of boilerplate it signals,
/// and how strongly (3: decisive in a short block; 1: only counts in numbers).</summary>
internal readonly record struct CuePhrase(string Phrase, RemovalReason Reason, int Weight)
{
    /// <summary>One plain word ("newsletter"), as opposed to a phrase ("sign up", "related:"), which is stronger evidence.</summary>
    public bool IsSingleWord { get; } = Phrase.All(char.IsLetter);
}
