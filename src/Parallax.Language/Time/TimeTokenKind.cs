namespace Parallax.Language.Time;

/// <summary>What a <see cref="TimeToken"/> consists of.</summary>
internal enum TimeTokenKind
{
    Word,
    Number,
    Punctuation,
}
