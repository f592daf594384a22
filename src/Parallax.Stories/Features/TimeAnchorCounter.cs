using System.Collections.Frozen;

namespace Parallax.Stories.Features;

/// <summary>
/// Counts the calendar words an article anchors its event with: weekday names ("on Friday"), month names and
/// years. Reports of one event share its anchors, while reports of other events on the same subject, which share
/// nearly all their vocabulary, name other days; so the anchors separate events when publication dates are missing.
/// A capitalised month name that opens a sentence is skipped, as "May" and "March" may be other words there.
/// </summary>
internal static class TimeAnchorCounter
{
    private static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
        [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ],
        StringComparer.Ordinal);

    /// <summary>Adds the anchors of <paramref name="text"/>, whose words <paramref name="words"/> holds, to <paramref name="counts"/>.</summary>
    public static void Count(string text, TextWords words, Dictionary<string, double> counts)
    {
        var weekdays = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
        var months = Months.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[9];
        for (var w = 0; w < words.Count; w++)
        {
            var word = words.Word(text, w);
            if (word.Length == 4 && IsYear(word))
            {
                Add(counts, new string(word));
                continue;
            }

            if (word.Length < 3 || word.Length > 9 || !char.IsUpper(word[0]))
            {
                continue;
            }

            for (var i = 0; i < word.Length; i++)
            {
                lower[i] = char.ToLowerInvariant(word[i]);
            }

            var key = lower[..word.Length];
            if (weekdays.TryGetValue(key, out var weekday))
            {
                Add(counts, weekday);
            }
            else if (months.TryGetValue(key, out var month) && !NameCounter.IsSentenceStart(text, words.Start(w)))
            {
                Add(counts, month);
            }
        }
    }

    private static bool IsYear(ReadOnlySpan<char> word) =>
        char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[1]) && char.IsAsciiDigit(word[2]) && char.IsAsciiDigit(word[3])
        && (word[..2].SequenceEqual("19") || word[..2].SequenceEqual("20"));

    private static void Add(Dictionary<string, double> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
