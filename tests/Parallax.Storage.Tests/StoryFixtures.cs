using Parallax.Core.Stories;

namespace Parallax.Storage.Tests;

/// <summary>Story groupings built for the tests, and a value comparison for them.</summary>
internal static class StoryFixtures
{
    /// <summary>
    /// <paramref name="stories"/> stories of two articles each, in one storyline per two stories, with a duplicate
    /// link per story whose similarity needs all 64 bits of a double.
    /// </summary>
    public static StoryGrouping Grouping(int stories, string prefix = "s")
    {
        var storyList = Enumerable.Range(0, stories)
            .Select(i => new Story($"{prefix}{i}", $"Story {i} – «title»", $"{prefix}line{i / 2}", [$"{prefix}a{i}", $"{prefix}b{i}"]))
            .ToArray();
        var lines = storyList
            .GroupBy(s => s.StorylineId, StringComparer.Ordinal)
            .Select(g => new Storyline(g.Key, $"Line {g.Key}", [.. g.Select(s => s.Id)]))
            .ToArray();
        var duplicates = storyList
            .Select((s, i) => new DuplicateLink(s.ArticleIds[1], s.ArticleIds[0], 1.0 / (i + 3)))
            .ToArray();
        return new StoryGrouping([.. storyList], [.. lines], [.. duplicates]);
    }

    public static void AssertSame(StoryGrouping expected, StoryGrouping actual)
    {
        Assert.Equal(expected.Stories.Length, actual.Stories.Length);
        for (var i = 0; i < expected.Stories.Length; i++)
        {
            Assert.Equal(expected.Stories[i].Id, actual.Stories[i].Id);
            Assert.Equal(expected.Stories[i].Title, actual.Stories[i].Title);
            Assert.Equal(expected.Stories[i].StorylineId, actual.Stories[i].StorylineId);
            Assert.Equal<string>(expected.Stories[i].ArticleIds, actual.Stories[i].ArticleIds);
        }

        Assert.Equal(expected.Storylines.Length, actual.Storylines.Length);
        for (var i = 0; i < expected.Storylines.Length; i++)
        {
            Assert.Equal(expected.Storylines[i].Id, actual.Storylines[i].Id);
            Assert.Equal(expected.Storylines[i].Title, actual.Storylines[i].Title);
            Assert.Equal<string>(expected.Storylines[i].StoryIds, actual.Storylines[i].StoryIds);
        }

        Assert.Equal<DuplicateLink>(expected.Duplicates, actual.Duplicates);
    }
}
