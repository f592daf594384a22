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

    /// <summary>Auxiliaries and adverbs that stand before the reporting verb ("has warned", "also claimed") without being it.</summary>
    private static readonly FrozenSet<string> BeforeTheVerb = new[]
    {
        "be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had", "having", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "also", "again", "still",
        "already", "recently", "later", "earlier", "then", "further", "once", "never", "just", "even", "previously",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The verb of a cue as shown: its first word past auxiliaries and adverbs, lowercased, or "according to"; null
    /// when the cue holds nothing else (a tagger's cue "also" beside an action verb).
    /// </summary>
    public static string? VerbOf(string cue)
    {
        var words = cue.Split([' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].ToLowerInvariant().Trim(',', '.', ';', ':');
            if (word.Length == 0 || BeforeTheVerb.Contains(word) || (word.EndsWith("ly", StringComparison.Ordinal) && word.Length > 5))
            {
                continue;
            }

            return word == "according" && i + 1 < words.Length ? "according to" : word;
        }

        return null;
    }

    /// <summary>True when the attribution verb judges what it reports.</summary>
    public static bool IsEvaluative(string verb) => Evaluative.Contains(verb);
}
