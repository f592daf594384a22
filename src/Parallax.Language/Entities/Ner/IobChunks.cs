using System.Collections.Immutable;
using Parallax.Core.Annotations;

namespace Parallax.Language.Entities.Ner;

/// <summary>
/// Reads entity spans out of a tag sequence as conlleval does, so IOB1 (the CoNLL-2003 files: "I-" unless an entity
/// directly follows one of the same type), IOB2 ("B-" on every first token) and IOBES/BILOU all read the same. A chunk
/// starts at a B/S/U tag, or at an I/E/L tag after "O", after a closed chunk, or after another type; it ends before
/// a B/S/U/O tag or a change of type, and after an E/L/S/U tag.
/// </summary>
public static class IobChunks
{
    /// <summary>The entity spans of <paramref name="tags"/>, in order.</summary>
    /// <exception cref="InvalidDataException">A tag is not "O" or PREFIX-TYPE with a CoNLL type (PER, ORG, LOC, MISC).</exception>
    public static ImmutableArray<EntityTag> Read(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var chunks = ImmutableArray.CreateBuilder<EntityTag>();
        var start = -1;
        var kind = EntityKind.Person;
        var closed = true; // The previous tag was O, or closed its chunk (E, L, S, U).
        for (var i = 0; i < tags.Count; i++)
        {
            var (prefix, type) = Parse(tags[i]);
            var begins = prefix is 'B' or 'S' or 'U' || (prefix is 'I' or 'E' or 'L' && (closed || type != kind));
            var ends = start >= 0 && (prefix == 'O' || begins);
            if (ends)
            {
                chunks.Add(new EntityTag(start, i - start, kind));
                start = -1;
            }

            if (begins)
            {
                start = i;
                kind = type;
            }

            closed = prefix is 'O' or 'E' or 'L' or 'S' or 'U';
            if (closed && start >= 0)
            {
                chunks.Add(new EntityTag(start, i + 1 - start, kind));
                start = -1;
            }
        }

        if (start >= 0)
        {
            chunks.Add(new EntityTag(start, tags.Count - start, kind));
        }

        return chunks.ToImmutable();
    }

    /// <summary>The CoNLL name of <paramref name="kind"/>: PER, ORG, LOC or MISC.</summary>
    public static string TypeName(EntityKind kind) => kind switch
    {
        EntityKind.Person => "PER",
        EntityKind.Organization => "ORG",
        EntityKind.Location => "LOC",
        _ => "MISC",
    };

    private static (char Prefix, EntityKind Kind) Parse(string tag)
    {
        if (tag == "O")
        {
            return ('O', EntityKind.Person);
        }

        if (tag.Length < 3 || tag[1] != '-' || "BIESLU".IndexOf(tag[0], StringComparison.Ordinal) < 0)
        {
            throw new InvalidDataException($"'{tag}' is not an IOB tag.");
        }

        EntityKind kind = tag.AsSpan(2) switch
        {
            "PER" => EntityKind.Person,
            "ORG" => EntityKind.Organization,
            "LOC" => EntityKind.Location,
            "MISC" => EntityKind.Miscellaneous,
            _ => throw new InvalidDataException($"'{tag}' has no CoNLL-2003 type (PER, ORG, LOC, MISC)."),
        };
        return (tag[0], kind);
    }
}
