namespace Parallax.Language.Time;

/// <summary>
/// A token of the time scanner's own light tokenisation (letters, digit groups, single punctuation marks), kept
/// independent of the shared tokenizer so the tagger needs no other layer.
/// </summary>
/// <param name="Start">First character.</param>
/// <param name="End">Position after the last character.</param>
/// <param name="Lower">The token lower-cased (invariant), with typographic dashes folded to '-'.</param>
/// <param name="Kind">Word, number or punctuation.</param>
/// <param name="Capitalized">True when the token's first character is an upper-case letter.</param>
/// <param name="Sentence">An approximate sentence index, used only to bound the tense look-around.</param>
internal readonly record struct TimeToken(int Start, int End, string Lower, TimeTokenKind Kind, bool Capitalized, int Sentence)
{
    public bool IsWord => Kind == TimeTokenKind.Word;

    public bool IsNumber => Kind == TimeTokenKind.Number;
}
