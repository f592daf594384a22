using System.Collections.Frozen;
using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Quotes;

/// <summary>
/// Gives a speaker one name across outlets: the name of the story-level entity whose name or alias the speaker
/// matches (case-insensitively), also after a leading title or role ("Kremlin spokesman Dmitry Peskov"). A form
/// shared by several story entities (a surname two people bear) is ambiguous and resolves to nothing, so no quote is
/// handed to the wrong person; a story entity's own name always wins over another entity's alias.
/// </summary>
internal sealed class SpeakerResolver
{
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        [
            "about", "against", "at", "behind", "beside", "by", "close", "for", "from", "in", "inside", "near", "of",
            "on", "to", "under", "with", "within",
        ],
        StringComparer.Ordinal);

    private readonly Dictionary<string, string> names;

    private SpeakerResolver(Dictionary<string, string> names) => this.names = names;

    /// <summary>A resolver for the entities an earlier analyzer linked across the story (may be empty).</summary>
    public static SpeakerResolver For(ImmutableArray<StoryEntity> entities)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        if (!entities.IsDefaultOrEmpty)
        {
            AddForms(entities, byName, ambiguous, useAliases: false);
            foreach (var key in ambiguous)
            {
                byName.Remove(key);
            }

            var byAlias = new Dictionary<string, string>(StringComparer.Ordinal);
            var ambiguousAlias = new HashSet<string>(StringComparer.Ordinal);
            AddForms(entities, byAlias, ambiguousAlias, useAliases: true);
            foreach (var (key, name) in byAlias)
            {
                if (!byName.ContainsKey(key) && !ambiguous.Contains(key) && !ambiguousAlias.Contains(key))
                {
                    byName[key] = name;
                }
            }
        }

        return new SpeakerResolver(byName);
    }

    /// <summary>
    /// The name to show for the speaker of <paramref name="attribution"/>: the story entity it matches (by the
    /// attributed name, then the document entity's name and aliases), else the attributed name as it stands, else
    /// null when the speaker is unknown.
    /// </summary>
    public string? Resolve(Document document, Attribution attribution)
    {
        var local = document.FindEntity(attribution.SpeakerEntityId);
        if (names.Count > 0)
        {
            if (Lookup(attribution.Speaker) is { } fromSpeaker)
            {
                return fromSpeaker;
            }

            if (local is not null)
            {
                if (Lookup(local.Name) is { } fromName)
                {
                    return fromName;
                }

                foreach (var alias in local.Aliases.IsDefault ? [] : local.Aliases)
                {
                    if (Lookup(alias) is { } fromAlias)
                    {
                        return fromAlias;
                    }
                }
            }
        }

        return Clean(attribution.Speaker) ?? Clean(local?.Name);
    }

    private static void AddForms(
        ImmutableArray<StoryEntity> entities,
        Dictionary<string, string> map,
        HashSet<string> ambiguous,
        bool useAliases)
    {
        foreach (var entity in entities)
        {
            if (useAliases)
            {
                foreach (var alias in entity.Aliases.IsDefault ? [] : entity.Aliases)
                {
                    Add(alias, entity.Name, map, ambiguous);
                }
            }
            else
            {
                Add(entity.Name, entity.Name, map, ambiguous);
            }
        }
    }

    private static void Add(string form, string name, Dictionary<string, string> map, HashSet<string> ambiguous)
    {
        if (string.IsNullOrWhiteSpace(form))
        {
            return;
        }

        var key = SpeakerKey.Of(form);
        if (map.TryGetValue(key, out var existing))
        {
            if (!string.Equals(existing, name, StringComparison.Ordinal))
            {
                ambiguous.Add(key);
            }
        }
        else
        {
            map[key] = name;
        }
    }

    /// <summary>
    /// The story name for a form, trying the whole form and then ever shorter word-final parts of it, since news
    /// writes titles and roles before a name ("President Putin"). The search stops at a preposition: in "an aide to
    /// Putin" or "a spokesman for the ministry" the name is someone else's, not the speaker's.
    /// </summary>
    private string? Lookup(string? form)
    {
        if (string.IsNullOrWhiteSpace(form))
        {
            return null;
        }

        var key = SpeakerKey.Of(form);
        var start = 0;
        while (true)
        {
            if (names.TryGetValue(start == 0 ? key : key[start..], out var name))
            {
                return name;
            }

            var space = key.IndexOf(' ', start);
            if (space < 0 || Prepositions.Contains(key[start..space]))
            {
                return null;
            }

            start = space + 1;
        }
    }

    private static string? Clean(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();
}
