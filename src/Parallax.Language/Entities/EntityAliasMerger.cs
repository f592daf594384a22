using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Text;

namespace Parallax.Language.Entities;

/// <summary>
/// Links tagged mentions into document entities: a mention joins the most recent entity it names according to
/// <see cref="EntityNameMatcher"/> (a surname after the full name, a transliteration variant). Ids <c>e0, e1, …</c>
/// follow first mention; the canonical name is the longest full form; the kind is the best-supported one
/// (a surname tagged MISC takes its person's kind); roles come from premodifiers and appositions.
/// </summary>
public static class EntityAliasMerger
{
    /// <summary>Returns the document with <see cref="Document.Mentions"/> and <see cref="Document.Entities"/> set.</summary>
    public static Document Merge(Document document, ImmutableArray<EntityTag> tags)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sorted = tags.IsDefaultOrEmpty ? [] : tags.Sort((x, y) => x.FirstToken.CompareTo(y.FirstToken));
        var tagAt = new EntityKind?[document.Tokens.Length];
        foreach (var tag in sorted)
        {
            for (var t = tag.FirstToken; t < tag.EndToken; t++)
            {
                tagAt[t] = tag.Kind;
            }
        }

        var clusters = new List<Cluster>();
        var mentionCluster = new List<(TextSpan Span, Cluster Cluster)>(sorted.Length);
        var lastEnd = -1;
        foreach (var tag in sorted)
        {
            if (tag.FirstToken < lastEnd || tag.TokenCount <= 0)
            {
                continue; // Overlapping tags from a faulty tagger are dropped, not merged.
            }

            lastEnd = tag.EndToken;
            var span = TextSpan.FromBounds(document.Tokens[tag.FirstToken].Span.Start, document.Tokens[tag.EndToken - 1].Span.End);
            var surface = Surface(document, tag);
            var words = EntityNameMatcher.KeyWords(surface);
            var key = string.Join(' ', words);
            var cluster = Find(clusters, words, key, tag.Kind);
            if (cluster is null)
            {
                cluster = new Cluster(clusters.Count);
                clusters.Add(cluster);
            }

            cluster.Add(surface, words, key, tag.Kind, tag.TokenCount);
            if (tag.Kind == EntityKind.Person || cluster.Kind == EntityKind.Person)
            {
                foreach (var role in RoleExtractor.RolesOf(document, tagAt, tag))
                {
                    cluster.AddRole(role);
                }
            }

            mentionCluster.Add((span, cluster));
        }

        var entities = clusters.Select(c => c.ToEntity()).ToImmutableArray();
        var mentions = mentionCluster
            .Select(m => new EntityMention(m.Span, m.Cluster.Kind, m.Cluster.Id))
            .ToImmutableArray();
        return document with
        {
            Mentions = mentions,
            Entities = entities,
            Layers = document.Layers | AnnotationLayers.Entities,
        };
    }

    private static string Surface(Document document, EntityTag tag)
    {
        var tokens = document.Tokens;
        if (tag.TokenCount == 1)
        {
            return document.Slice(tokens[tag.FirstToken].Span);
        }

        var parts = new string[tag.TokenCount];
        for (var i = 0; i < tag.TokenCount; i++)
        {
            parts[i] = document.Slice(tokens[tag.FirstToken + i].Span);
        }

        return string.Join(' ', parts);
    }

    private static Cluster? Find(List<Cluster> clusters, string[] words, string key, EntityKind kind)
    {
        for (var i = clusters.Count - 1; i >= 0; i--)
        {
            if (clusters[i].HasKey(key))
            {
                return clusters[i];
            }
        }

        for (var i = clusters.Count - 1; i >= 0; i--)
        {
            var cluster = clusters[i];
            var compatible = cluster.Kind == kind || kind == EntityKind.Miscellaneous || cluster.Kind == EntityKind.Miscellaneous;
            if (!compatible)
            {
                continue;
            }

            var matchKind = cluster.Kind == EntityKind.Miscellaneous ? kind : cluster.Kind;
            if (matchKind == EntityKind.Miscellaneous)
            {
                continue;
            }

            foreach (var formKey in cluster.FormKeys)
            {
                if (EntityNameMatcher.IsSameEntity(words, formKey, matchKind))
                {
                    return cluster;
                }
            }
        }

        return null;
    }

    /// <summary>One entity under construction.</summary>
    private sealed class Cluster(int index)
    {
        private readonly List<string> roles = [];
        private readonly HashSet<string> keys = new(StringComparer.Ordinal);
        private readonly int[] kindVotes = new int[4];
        private string canonical = "";
        private int canonicalTokens;

        public string Id { get; } = "e" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public List<string> Forms { get; } = [];

        public List<string[]> FormKeys { get; } = [];

        public EntityKind Kind { get; private set; } = EntityKind.Miscellaneous;

        public bool HasKey(string key) => keys.Contains(key);

        public void Add(string surface, string[] words, string key, EntityKind kind, int tokenCount)
        {
            if (!Forms.Contains(surface, StringComparer.Ordinal))
            {
                Forms.Add(surface);
                FormKeys.Add(words);
            }

            keys.Add(key);
            if (tokenCount > canonicalTokens || (tokenCount == canonicalTokens && surface.Length > canonical.Length))
            {
                canonical = surface;
                canonicalTokens = tokenCount;
            }

            // Multi-word mentions carry more reliable cues than a lone word.
            kindVotes[(int)kind] += kind == EntityKind.Miscellaneous ? 1 : tokenCount >= 2 ? 3 : 2;
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

        public void AddRole(string role)
        {
            if (!roles.Contains(role, StringComparer.OrdinalIgnoreCase))
            {
                roles.Add(role);
            }
        }

        public Entity ToEntity()
        {
            var aliases = Forms.Where(f => !string.Equals(f, canonical, StringComparison.Ordinal)).ToImmutableArray();
            return new Entity(Id, canonical, Kind, aliases, [.. roles]);
        }
    }
}
