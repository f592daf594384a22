using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Quotes;

/// <summary>
/// Gives a speaker one name across outlets: the name of the story-level entity whose name or alias the speaker
/// matches (case-insensitively). A form shared by several story entities (a surname two people bear) is ambiguous
/// and resolves to nothing, so no quote is handed to the wrong person; a story entity's own name always wins over
/// another entity's alias.
/// </summary>
internal sealed class SpeakerResolver
{
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

    private string? Lookup(string? form) =>
        string.IsNullOrWhiteSpace(form) ? null : names.GetValueOrDefault(SpeakerKey.Of(form));

    private static string? Clean(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();
}
