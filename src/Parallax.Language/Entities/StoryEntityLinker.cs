using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;

namespace Parallax.Language.Entities;

/// <summary>
/// Fills <see cref="StoryReport.Entities"/>: merges the document entities of a story's articles with
/// <see cref="EntityNameMatcher"/>, so one person appears once under every spelling (Zelensky / Zelenskiy), with all
/// other surface forms as aliases, the union of roles, the outlets that mention it, and the total mention count.
/// Sorted by mentions (descending), then name.
/// </summary>
public sealed class StoryEntityLinker : IStoryAnalyzer
{
    public string Name => "story-entities";

    public AnnotationLayers Requires => AnnotationLayers.Entities;

    public StoryReport Analyze(StoryContext context, StoryReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var clusters = new List<StoryCluster>();
        foreach (var document in context.Documents)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var mention in document.Mentions)
            {
                counts[mention.EntityId] = counts.GetValueOrDefault(mention.EntityId) + 1;
            }

            foreach (var entity in document.Entities)
            {
                var cluster = Find(clusters, entity);
                if (cluster is null)
                {
                    cluster = new StoryCluster();
                    clusters.Add(cluster);
                }

                cluster.Add(entity, document.Article.Source, counts.GetValueOrDefault(entity.Id));
            }
        }

        var entities = clusters
            .Select(c => c.ToStoryEntity())
            .OrderByDescending(e => e.Mentions)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ThenBy(e => e.Kind)
            .ToImmutableArray();
        return report with { Entities = entities };
    }

    private static StoryCluster? Find(List<StoryCluster> clusters, Entity entity)
    {
        StoryCluster? best = null;
        foreach (var cluster in clusters)
        {
            if ((best is null || cluster.Mentions > best.Mentions) && cluster.Matches(entity))
            {
                best = cluster;
            }
        }

        return best;
    }

    /// <summary>One story entity under construction.</summary>
    private sealed class StoryCluster
    {
        private readonly List<string> forms = [];
        private readonly List<string> roles = [];
        private readonly List<string> sources = [];
        private readonly int[] kindVotes = new int[4];

        public int Mentions { get; private set; }

        public EntityKind Kind { get; private set; } = EntityKind.Miscellaneous;

        public bool Matches(Entity entity)
        {
            var compatible = entity.Kind == Kind || entity.Kind == EntityKind.Miscellaneous || Kind == EntityKind.Miscellaneous;
            if (!compatible)
            {
                return false;
            }

            var kind = Kind == EntityKind.Miscellaneous ? entity.Kind : Kind;
            foreach (var form in forms)
            {
                if (EntityNameMatcher.IsSameEntity(form, entity.Name, kind)
                    || entity.Aliases.Any(alias => EntityNameMatcher.IsSameEntity(form, alias, kind)))
                {
                    return true;
                }
            }

            return false;
        }

        public void Add(Entity entity, string source, int mentions)
        {
            foreach (var form in entity.Aliases.Prepend(entity.Name))
            {
                if (!forms.Contains(form, StringComparer.Ordinal))
                {
                    forms.Add(form);
                }
            }

            foreach (var role in entity.Roles)
            {
                if (!roles.Contains(role, StringComparer.OrdinalIgnoreCase))
                {
                    roles.Add(role);
                }
            }

            if (!sources.Contains(source, StringComparer.Ordinal))
            {
                sources.Add(source);
            }

            Mentions += mentions;
            kindVotes[(int)entity.Kind] += Math.Max(1, mentions) * (entity.Kind == EntityKind.Miscellaneous ? 1 : 2);
            var best = EntityKind.Person;
            foreach (var candidate in (ReadOnlySpan<EntityKind>)[EntityKind.Person, EntityKind.Organization, EntityKind.Location, EntityKind.Miscellaneous])
            {
                if (kindVotes[(int)candidate] > kindVotes[(int)best])
                {
                    best = candidate;
                }
            }

            Kind = best;
        }

        public StoryEntity ToStoryEntity()
        {
            // The canonical name is the fullest form: most words, then longest, then first seen.
            var name = forms[0];
            foreach (var form in forms)
            {
                var words = WordCount(form);
                var bestWords = WordCount(name);
                if (words > bestWords || (words == bestWords && form.Length > name.Length))
                {
                    name = form;
                }
            }

            var aliases = forms.Where(f => !string.Equals(f, name, StringComparison.Ordinal)).ToImmutableArray();
            return new StoryEntity(name, Kind, aliases, [.. roles], [.. sources], Mentions);
        }

        private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
    }
}
