using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Language.Lexicon;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// Brings the model's names in line with what entity linking and role reading expect, where CoNLL-2003's
/// annotation (wire news of 1996, few particle names, titles tagged inside) differs:
/// a leading "the" is left out ("The Moscow Times" → "Moscow Times");
/// names joined by lower-case particles are one name ("Ursula" + "von der" + "Leyen"), a person's when either part is
/// a person or the first is a given name, else one of the shared kind ("Rio de Janeiro");
/// capitalised particles before a name start it ("Von der Leyen");
/// a name that is the object of a title right before a person is part of the title, not a name
/// ("Minister of Foreign Affairs Wang Yi": "Foreign Affairs" is dropped, and the role reader sees the whole title);
/// and a name that repeats the last words of a person's name in the same document is that person ("Leyen").
/// </summary>
internal static class ModelTagRefiner
{
    public static ImmutableArray<EntityTag> Refine(ImmutableArray<Token> tokens, IReadOnlyList<EntityTag> tags)
    {
        var result = new List<EntityTag>(tags.Count);
        for (var k = 0; k < tags.Count; k++)
        {
            var tag = WithLeadingParticles(tokens, StripArticle(tokens, tags[k]), result.Count > 0 ? result[^1].EndToken : 0);
            var next = k + 1 < tags.Count ? tags[k + 1] : (EntityTag?)null;
            if (next is { } following && ConnectorsBetween(tokens, tag.EndToken, following.FirstToken) && JoinedKind(tokens, tag, following) is { } kind)
            {
                result.Add(new EntityTag(tag.FirstToken, following.EndToken - tag.FirstToken, kind));
                k++;
                continue;
            }

            if (tag.Kind != EntityKind.Person && next is { Kind: EntityKind.Person } person && person.FirstToken == tag.EndToken && IsTitleObject(tokens, tag))
            {
                continue;
            }

            result.Add(tag);
        }

        return [.. AsPersonsWhereSurnames(tokens, result)];
    }

    private static EntityTag StripArticle(ImmutableArray<Token> tokens, EntityTag tag) =>
        tag.TokenCount > 1 && tokens[tag.FirstToken].Norm is "The" or "the"
            ? tag with { FirstToken = tag.FirstToken + 1, TokenCount = tag.TokenCount - 1 }
            : tag;

    private static EntityKind? JoinedKind(ImmutableArray<Token> tokens, EntityTag first, EntityTag second)
    {
        if (first.Kind == EntityKind.Person || second.Kind == EntityKind.Person || GivenNames.IsGivenName(tokens[first.FirstToken].Norm))
        {
            return EntityKind.Person;
        }

        return first.Kind == second.Kind ? first.Kind : null;
    }

    /// <summary>True when the tokens from <paramref name="start"/> to <paramref name="end"/> are one to three lower-case particles.</summary>
    private static bool ConnectorsBetween(ImmutableArray<Token> tokens, int start, int end)
    {
        if (end <= start || end - start > 3 || tokens[start].Sentence != tokens[end].Sentence)
        {
            return false;
        }

        for (var t = start; t < end; t++)
        {
            if (!EntityHeads.NameConnectors.Contains(tokens[t].Norm) || !char.IsLower(tokens[t].Norm[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Extends a name back over particles it starts with ("Von der" + "Leyen"), not past <paramref name="limit"/>.</summary>
    private static EntityTag WithLeadingParticles(ImmutableArray<Token> tokens, EntityTag tag, int limit)
    {
        var start = tag.FirstToken;
        while (start - 1 >= limit && tag.FirstToken - start < 3 && tokens[start - 1].Sentence == tokens[tag.FirstToken].Sentence
            && EntityHeads.NameConnectors.Contains(tokens[start - 1].Norm))
        {
            start--;
        }

        // Only a capitalised first particle makes them part of the name; "in de Gaulle" is not "in" + "de Gaulle".
        return start < tag.FirstToken && char.IsUpper(tokens[start].Norm[0])
            ? new EntityTag(start, tag.EndToken - start, tag.Kind)
            : tag;
    }

    /// <summary>True when "of" and a title head come right before <paramref name="tag"/> ("Minister of [Foreign Affairs]").</summary>
    private static bool IsTitleObject(ImmutableArray<Token> tokens, EntityTag tag) =>
        tag.FirstToken >= 2 && tokens[tag.FirstToken - 1].Norm == "of" && Roles.IsHead(tokens[tag.FirstToken - 2].Norm)
        && tokens[tag.FirstToken - 2].Sentence == tokens[tag.FirstToken].Sentence;

    /// <summary>Names that repeat the last words of a longer person name of the document become persons.</summary>
    private static IEnumerable<EntityTag> AsPersonsWhereSurnames(ImmutableArray<Token> tokens, List<EntityTag> tags)
    {
        var surnames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in tags.Where(t => t.Kind == EntityKind.Person && t.TokenCount > 1))
        {
            for (var start = tag.FirstToken + 1; start < tag.EndToken; start++)
            {
                surnames.Add(Words(tokens, start, tag.EndToken));
            }
        }

        return tags.Select(t => t.Kind != EntityKind.Person && surnames.Contains(Words(tokens, t.FirstToken, t.EndToken)) ? t with { Kind = EntityKind.Person } : t);
    }

    private static string Words(ImmutableArray<Token> tokens, int start, int end) =>
        string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Norm));
}
