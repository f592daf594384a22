using Parallax.Core.Text;

namespace Parallax.Comparison.Text;

/// <summary>A word of a sentence: a run of letters or digits (with inner apostrophes, or digit separators).</summary>
/// <param name="Text">The word as written (typographic apostrophes folded to ASCII).</param>
/// <param name="Lower">The word lowercased.</param>
/// <param name="Span">Where it lies in the document text.</param>
/// <param name="JoinedByHyphen">True when a hyphen (and nothing else) separates it from the previous word.</param>
/// <param name="AfterBreak">True when punctuation other than a hyphen separates it from the previous word.</param>
internal readonly record struct WordToken(string Text, string Lower, TextSpan Span, bool JoinedByHyphen, bool AfterBreak)
{
    /// <summary>True when the word starts with an upper-case letter.</summary>
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>True when the word starts with a digit.</summary>
    public bool IsNumeric => Text.Length > 0 && char.IsAsciiDigit(Text[0]);
}
