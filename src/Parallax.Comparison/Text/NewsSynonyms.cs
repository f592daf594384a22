using System.Collections.Frozen;

namespace Parallax.Comparison.Text;

/// <summary>
/// A small closed list of interchangeable news words, by stem, folded to one representative so paraphrases
/// ("talks"/"negotiations", "war"/"conflict", "said"/"told") meet in the similarity. General reporting vocabulary
/// only; it is a stand-in for word embeddings, not a thesaurus.
/// </summary>
internal static class NewsSynonyms
{
    private static readonly FrozenDictionary<string, string> Representative = Build(
        ["talk", "negotiat", "discussion"],
        ["war", "conflict", "fight", "hostility"],
        ["say", "said", "told", "tell", "announc", "stat", "remark"],
        ["stall", "paus", "frozen", "freez", "stalemat", "deadlock", "halt"],
        ["ceasefire", "truce"],
        ["troop", "soldier"],
        ["kill", "dead", "death"],
        ["meet", "met", "meeting"],
        ["spokesman", "spokesperson", "spokeswoman"],
        ["attack", "strike"],
        ["agreement", "deal", "accord"]);

    /// <summary>The representative of <paramref name="stem"/>'s class, or the stem itself.</summary>
    public static string Fold(string stem) => Representative.GetValueOrDefault(stem, stem);

    /// <summary>True when the stem is the representative word of a synonym class (a whole word, e.g. "war").</summary>
    public static bool IsRepresentative(string stem) => Representative.TryGetValue(stem, out var rep) && rep == stem;

    private static FrozenDictionary<string, string> Build(params string[][] classes)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var words in classes)
        {
            foreach (var word in words)
            {
                map[word] = words[0];
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
