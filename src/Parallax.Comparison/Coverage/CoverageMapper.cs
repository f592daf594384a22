using System.Collections.Immutable;
using Parallax.Comparison.Quotes;
using Parallax.Comparison.Voices;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Coverage;

/// <summary>
/// Maps which outlets mention which people, organisations and places, which outlets let which speakers speak (from
/// <see cref="StoryReport.Voices"/>), and which outlets carry which facts. Entities
/// come from <see cref="StoryReport.Entities"/> when an earlier analyzer linked them across the story, else from
/// each document's entities, merged by name (case-insensitively) within a kind; miscellaneous entities are left
/// out. Every fact of <see cref="StoryReport.Facts"/> gets a row, whether one outlet, some or all carry it. Rows are
/// sorted by kind (people, organisations, places, voices, facts), then by number of outlets, most first, then by name; the
/// outlets of a row are in story order.
/// </summary>
public sealed class CoverageMapper : IStoryAnalyzer
{
    /// <inheritdoc />
    public string Name => "coverage";

    /// <inheritdoc />
    public AnnotationLayers Requires => AnnotationLayers.Entities;

    /// <inheritdoc />
    public StoryReport Analyze(StoryContext context, StoryReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var storyOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in context.Sources)
        {
            storyOrder.TryAdd(source, storyOrder.Count);
        }

        var rows = new List<CoverageRow>();
        if (!report.Entities.IsDefaultOrEmpty)
        {
            foreach (var entity in report.Entities)
            {
                if (KindOf(entity.Kind) is { } kind && !string.IsNullOrWhiteSpace(entity.Name))
                {
                    rows.Add(new CoverageRow(entity.Name, kind, InStoryOrder(entity.Sources, storyOrder)));
                }
            }
        }
        else
        {
            AddDocumentEntities(context, storyOrder, rows);
        }

        // Whom each outlet lets speak, so that an outlet's omissions include the voices the others give room to.
        foreach (var speaker in (report.Voices.IsDefault ? [] : report.Voices)
            .Where(static v => v.Speaker != VoiceCounter.Unattributed && v.Quotes + v.Paraphrases > 0)
            .GroupBy(static v => v.Speaker, StringComparer.Ordinal))
        {
            rows.Add(new CoverageRow(speaker.Key, CoverageKind.Voice, InStoryOrder([.. speaker.Select(static v => v.Source)], storyOrder)));
        }

        foreach (var fact in report.Facts.IsDefault ? [] : report.Facts)
        {
            rows.Add(new CoverageRow(fact.Text, CoverageKind.Fact, InStoryOrder(fact.Sources, storyOrder)));
        }

        // List.Sort is not stable; the list index breaks the last ties so equal rows keep their input order.
        var indexed = rows.Select(static (row, index) => (Row: row, Index: index)).ToList();
        indexed.Sort(static (a, b) =>
        {
            var byKind = a.Row.Kind.CompareTo(b.Row.Kind);
            if (byKind != 0)
            {
                return byKind;
            }

            var bySources = b.Row.Sources.Length.CompareTo(a.Row.Sources.Length);
            if (bySources != 0)
            {
                return bySources;
            }

            var byName = NameOrder.Compare(a.Row.Item, b.Row.Item);
            return byName != 0 ? byName : a.Index.CompareTo(b.Index);
        });

        return report with { Coverage = [.. indexed.Select(static x => x.Row)] };
    }

    private static void AddDocumentEntities(StoryContext context, Dictionary<string, int> storyOrder, List<CoverageRow> rows)
    {
        var groups = new Dictionary<(CoverageKind Kind, string Key), (string Name, List<string> Sources)>();
        var order = new List<(CoverageKind Kind, string Key)>();
        foreach (var document in context.Documents)
        {
            foreach (var entity in document.Entities.IsDefault ? [] : document.Entities)
            {
                if (KindOf(entity.Kind) is not { } kind || string.IsNullOrWhiteSpace(entity.Name))
                {
                    continue;
                }

                var key = (kind, SpeakerKey.Of(entity.Name));
                if (!groups.TryGetValue(key, out var group))
                {
                    group = (entity.Name.Trim(), []);
                    groups[key] = group;
                    order.Add(key);
                }

                group.Sources.Add(document.Article.Source);
            }
        }

        foreach (var key in order)
        {
            var (name, sources) = groups[key];
            rows.Add(new CoverageRow(name, key.Kind, InStoryOrder([.. sources], storyOrder)));
        }
    }

    private static ImmutableArray<string> InStoryOrder(ImmutableArray<string> sources, Dictionary<string, int> storyOrder) =>
        [
            .. (sources.IsDefault ? [] : sources)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(s => storyOrder.TryGetValue(s, out var position) ? position : int.MaxValue)
                .ThenBy(s => s, StringComparer.Ordinal),
        ];

    private static CoverageKind? KindOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => CoverageKind.Person,
        EntityKind.Organization => CoverageKind.Organization,
        EntityKind.Location => CoverageKind.Location,
        _ => null,
    };
}
