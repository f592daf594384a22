using System.Collections.Frozen;

namespace Parallax.Stories.Features;

/// <summary>
/// Words that every news report uses whatever its event: speech cue verbs ("said", "told"), the sources they
/// introduce ("spokesman", "reporters"), honorifics, and deictic day words ("Friday", "yesterday") that name a
/// different date in every article. Kept out of the story terms alongside the general stop words.
/// </summary>
internal static class ReportingWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        [
            "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
            "stated", "according", "remarked", "noted", "commented", "quoted", "asked", "reportedly",
            "spokesman", "spokeswoman", "spokesperson", "spokespeople", "reporter", "reporters", "journalist",
            "journalists", "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight",
        ],
        StringComparer.Ordinal);

    /// <summary>True when the lowercase word is a reporting word.</summary>
    public static bool Contains(ReadOnlySpan<char> lowercaseWord) =>
        Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lowercaseWord);
}
