using Parallax.Core.Stories;

namespace Parallax.Stories.Tests;

/// <summary>
/// A stored grouping kept up to date from <see cref="StoryGroupingChange"/>s the way a store applies them: stories
/// upserted in first-appearance order with the articles that joined them appended, a story reported under another storyline leaving the one it was in,
/// storylines upserted (title) with the stories that joined them appended, or removed, each listing its stories in
/// story order and listed by its first story.
/// </summary>
internal sealed class GroupingModel
{
    private readonly List<string> storyOrder = [];
    private readonly Dictionary<string, Story> stories = [];
    private readonly Dictionary<string, (string Title, List<string> Stories)> storylines = [];
    private readonly List<DuplicateLink> duplicates = [];

    public void Apply(StoryGroupingChange change)
    {
        foreach (var id in change.RemovedStorylineIds)
        {
            storylines.Remove(id);
        }

        foreach (var story in change.Stories)
        {
            if (!stories.TryGetValue(story.Id, out var before))
            {
                storyOrder.Add(story.Id);
            }
            else if (before.StorylineId != story.StorylineId && storylines.TryGetValue(before.StorylineId, out var left))
            {
                left.Stories.Remove(story.Id);
            }

            stories[story.Id] = before is null ? story : story with { ArticleIds = [.. before.ArticleIds, .. story.ArticleIds] };
        }

        foreach (var line in change.Storylines)
        {
            var stored = storylines.TryGetValue(line.Id, out var known) ? known.Stories : [];
            foreach (var id in line.StoryIds)
            {
                Assert.Equal(line.Id, stories[id].StorylineId);
                if (!stored.Contains(id))
                {
                    stored.Add(id);
                }
            }

            storylines[line.Id] = (line.Title, stored);
        }

        duplicates.AddRange(change.Duplicates);
    }

    public string Describe()
    {
        var position = storyOrder.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var lines = storylines
            .Select(l => new Storyline(l.Key, l.Value.Title, [.. l.Value.Stories.OrderBy(id => position[id])]))
            .OrderBy(l => position[l.StoryIds[0]]);
        return Describe(new StoryGrouping([.. storyOrder.Select(id => stories[id])], [.. lines], [.. duplicates]));
    }

    /// <summary>A grouping as text, so two groupings compare by content.</summary>
    public static string Describe(StoryGrouping grouping) => string.Join(
        "\n",
        grouping.Stories.Select(s => $"story {s.Id} [{s.Title}] in {s.StorylineId}: {string.Join(",", s.ArticleIds)}")
            .Concat(grouping.Storylines.Select(l => $"line {l.Id} [{l.Title}]: {string.Join(",", l.StoryIds)}"))
            .Concat(grouping.Duplicates.Select(d => $"copy {d.ArticleId} of {d.OriginalId} {d.Similarity:R}")));
}
