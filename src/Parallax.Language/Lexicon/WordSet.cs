using System.Collections.Frozen;

namespace Parallax.Language.Lexicon;

/// <summary>Builds frozen, case-insensitive word sets from space-separated lists.</summary>
internal static class WordSet
{
    public static FrozenSet<string> Of(params string[] lists)
    {
        var words = new List<string>();
        foreach (var list in lists)
        {
            words.AddRange(list.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Multi-word entries are separated by '|' so they may contain spaces.</summary>
    public static FrozenSet<string> OfPhrases(string list) =>
        list.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
