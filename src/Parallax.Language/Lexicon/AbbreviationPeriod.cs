namespace Parallax.Language.Lexicon;

/// <summary>
/// Whether the period after a word can end a sentence, by the abbreviations the sentence splitter knows: for callers
/// that only need the first sentence of a text and not the whole splitter (a story's fallback title).
/// </summary>
public static class AbbreviationPeriod
{
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonTerminal =
        Abbreviations.NonTerminal.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MaybeTerminal =
        Abbreviations.MaybeTerminal.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// False after an abbreviation that precedes a name or number ("Gen.", "Mr.", "No."); after one that may close a
    /// sentence ("Inc.", "Corp."), true only when the next word is capitalised; true after any other word.
    /// </summary>
    /// <param name="word">The word before the period, without it.</param>
    /// <param name="nextIsCapitalised">Whether the word after the period starts with a capital letter.</param>
    public static bool CanEndSentence(ReadOnlySpan<char> word, bool nextIsCapitalised) =>
        !NonTerminal.Contains(word) && (nextIsCapitalised || !MaybeTerminal.Contains(word));
}
