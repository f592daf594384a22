using System.Collections.Frozen;

namespace Parallax.Stories.Features;

/// <summary>
/// Capitalised words that are not names of a story's participants: day and month names, and titles and honorifics
/// that premodify names ("President", "Mr"). A closed class of English news usage.
/// </summary>
internal static class NonNameWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady", "president", "vice", "prime",
            "minister", "secretary", "general", "chancellor", "governor", "senator", "sen", "rep", "representative",
            "mayor", "king", "queen", "prince", "princess", "pope", "chairman", "chairwoman", "chair", "director",
            "spokesman", "spokeswoman", "spokesperson", "ambassador", "judge", "justice", "gen", "col", "capt",
            "lt", "sgt", "adm", "gov", "deputy", "foreign", "defence", "defense", "interior", "finance", "chief",
            "executive", "officer", "former", "acting", "new", "said", "says",
        ],
        StringComparer.Ordinal);

    /// <summary>True when the lowercase word is a known non-name capitalised word.</summary>
    public static bool Contains(ReadOnlySpan<char> lowercaseWord) =>
        Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lowercaseWord);
}
