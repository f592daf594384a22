using Parallax.Core.Stories;

namespace Parallax.Stories.Tests;

/// <summary>
/// A stored grouping kept up to date from <see cref="StoryGroupingChange"/>s the way a store applies them: stories
/// upserted in first-appearance order, storylines upserted or removed and listed by their first story.
/// </summary>
internal sealed class GroupingModel
{
    private readonly List<string> storyOrder = [];
    private readonly Dictionary<string, Story> stories = [];
    private readonly Dictionary<string, Storyline> storylines = [];
    private readonly List<DuplicateLink> duplicates = [];

    public void Apply(StoryGroupingChange change)
    {
        foreach (var story in change.Stories)
        {
            if (!stories.ContainsKey(story.Id))
            {
                storyOrder.Add(story.Id);
            }

            stories[story.Id] = story;
        }

        foreach (var id in change.RemovedStorylineIds)
        {
            storylines.Remove(id);
        }

        foreach (var line in change.Storylines)
        {
            storylines[line.Id] = line;
        }

        duplicates.AddRange(change.Duplicates);
    }

    public string Describe()
    {
        var position = storyOrder.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var lines = storylines.Values.OrderBy(l => position[l.StoryIds[0]]);
        return Describe(new StoryGrouping([.. storyOrder.Select(id => stories[id])], [.. lines], [.. duplicates]));
    }

    /// <summary>A grouping as text, so two groupings compare by content.</summary>
    public static string Describe(StoryGrouping grouping) => string.Join(
        "\n",
        grouping.Stories.Select(s => $"story {s.Id} [{s.Title}] in {s.StorylineId}: {string.Join(",", s.ArticleIds)}")
            .Concat(grouping.Storylines.Select(l => $"line {l.Id} [{l.Title}]: {string.Join(",", l.StoryIds)}"))
            .Concat(grouping.Duplicates.Select(d => $"copy {d.ArticleId} of {d.OriginalId} {d.Similarity:R}")));
}
