using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Language.Lexicon;

namespace Parallax.Language.Entities;

/// <summary>
/// Reads the role of a person from the words around a mention: a premodifier ending in a role noun right before the
/// name ("Kremlin spokesman Dmitry Peskov" → "Kremlin spokesman") or an apposition right after it
/// ("Rustem Umerov, the former defence minister" → "former defence minister").
/// </summary>
internal static class RoleExtractor
{
    private const int MaxRoleTokens = 6;

    private static readonly ImmutableHashSet<string> Honorifics =
        ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "madam", "prof", "prof.");

    /// <param name="document">The tokenised document.</param>
    /// <param name="tagAt">For each token, the kind of the tag covering it, or null.</param>
    /// <param name="tag">The person mention.</param>
    public static IEnumerable<string> RolesOf(Document document, EntityKind?[] tagAt, EntityTag tag)
    {
        var before = Premodifier(document, tagAt, tag.FirstToken);
        if (before is not null)
        {
            yield return before;
        }

        var after = Apposition(document, tagAt, tag.EndToken);
        if (after is not null)
        {
            yield return after;
        }
    }

    private static string? Premodifier(Document document, EntityKind?[] tagAt, int first)
    {
        var tokens = document.Tokens;
        if (first == 0 || tokens[first - 1].Sentence != tokens[first].Sentence
            || !(Roles.IsHead(tokens[first - 1].Norm) || EndsRoleObject(document, tagAt, first)))
        {
            return null;
        }

        var start = first - 1;
        while (start - 1 >= 0 && first - start < MaxRoleTokens && tokens[start - 1].Sentence == tokens[first].Sentence)
        {
            var t = start - 1;
            var norm = tokens[t].Norm;
            var isNameModifier = char.IsUpper(norm[0]) && tagAt[t] is { } kind && kind != EntityKind.Person;
            var isRoleOf = norm == "of" && t > 0 && Roles.IsHead(tokens[t - 1].Norm);
            var isRoleObject = char.IsUpper(norm[0]) && tagAt[t] is null && t > 1 && tokens[t - 1].Norm == "of";
            if (!Roles.IsRoleWord(norm) && !isNameModifier && !isRoleOf && !isRoleObject)
            {
                break;
            }

            start = t;
        }

        return MakeRole(document, start, first);
    }

    /// <summary>True when the words before <paramref name="first"/> are the object of a role ("Secretary of State").</summary>
    private static bool EndsRoleObject(Document document, EntityKind?[] tagAt, int first)
    {
        var tokens = document.Tokens;
        for (var k = first - 1; k >= 2 && first - k <= 3; k--)
        {
            if (!char.IsUpper(tokens[k].Norm[0]) || tagAt[k] is not null)
            {
                return false;
            }

            if (tokens[k - 1].Norm == "of")
            {
                return Roles.IsHead(tokens[k - 2].Norm);
            }
        }

        return false;
    }

    private static string? Apposition(Document document, EntityKind?[] tagAt, int end)
    {
        var tokens = document.Tokens;
        if (end + 2 >= tokens.Length || tokens[end].Norm != "," || tokens[end].Sentence != tokens[end - 1].Sentence)
        {
            return null;
        }

        var start = end + 1;
        if (FunctionWords.Determiners.Contains(tokens[start].Norm))
        {
            start++;
        }

        var lastHead = -1;
        for (var t = start; t < tokens.Length && t - start < MaxRoleTokens && tokens[t].Sentence == tokens[end].Sentence; t++)
        {
            var norm = tokens[t].Norm;
            var isPossessive = norm == "'s" && t > start && char.IsUpper(tokens[t - 1].Norm[0]); // "the EU's foreign policy chief"
            if (!isPossessive && (tagAt[t] == EntityKind.Person || !char.IsLetter(norm[0]) || FunctionWords.ClauseBoundaries.Contains(norm)))
            {
                break;
            }

            if (Roles.IsHead(norm))
            {
                lastHead = t;
            }
            else if (lastHead >= 0)
            {
                break;
            }
        }

        return lastHead < 0 ? null : MakeRole(document, start, lastHead + 1);
    }

    private static string? MakeRole(Document document, int start, int end)
    {
        var tokens = document.Tokens;
        var allHonorific = true;
        for (var t = start; t < end; t++)
        {
            allHonorific &= Honorifics.Contains(tokens[t].Norm);
        }

        if (allHonorific)
        {
            return null;
        }

        var span = Parallax.Core.Text.TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End);
        return document.Slice(span);
    }
}
