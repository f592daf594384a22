using System.Collections.Frozen;

namespace Parallax.Comparison.Framing;

/// <summary>
/// Which attribution verbs judge what they report. News style guides (the AP Stylebook's "said" rule among them)
/// treat "said" and its plain synonyms as neutral; verbs such as "claimed" (doubt), "admitted" and "conceded" (guilt
/// or defeat), "insisted" (stubbornness) or "boasted" put the reporter's judgement into the attribution.
/// </summary>
internal static class AttributionVerbs
{
    private static readonly FrozenSet<string> Evaluative = new[]
    {
        "claim", "claimed", "claims", "claiming", "admit", "admitted", "admits", "admitting", "concede", "conceded", "concedes",
        "insist", "insisted", "insists", "boast", "boasted", "boasts", "allege", "alleged", "alleges", "confess", "confessed",
        "confesses", "complain", "complained", "complains", "brag", "bragged", "slam", "slammed", "slams", "blast", "blasted",
        "lash", "lashed", "lashes", "rant", "ranted", "whine", "whined", "gloat", "gloated", "purport", "purported",
        "maintain", "maintained", "maintains", "contend", "contended", "contends", "acknowledge", "acknowledged",
        "acknowledges", "reveal", "revealed", "reveals", "deny", "denied", "denies",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The verb of a cue as shown: its first word lowercased, or "according to".</summary>
    public static string? VerbOf(string cue)
    {
        var words = cue.Split([' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var first = words[0].ToLowerInvariant().Trim(',', '.', ';', ':');
        return first == "according" && words.Length > 1 ? "according to" : first.Length == 0 ? null : first;
    }

    /// <summary>True when the attribution verb judges what it reports.</summary>
    public static bool IsEvaluative(string verb) => Evaluative.Contains(verb);
}
