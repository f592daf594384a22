using Parallax.Core.Stories;

namespace Parallax.Stories.Tests;

public sealed class StoryDetectorSeedTests
{
    private static readonly DateTimeOffset September12 = new(2025, 9, 12, 12, 0, 0, TimeSpan.Zero);

    // Seed 002 reports a Sunday interview, 004 a Wednesday round of talks, in July 2025.
    private static readonly DateTimeOffset July20 = new(2025, 7, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset July23 = new(2025, 7, 23, 12, 0, 0, TimeSpan.Zero);

    private static List<Parallax.Core.Annotations.Document> DatedSeeds() =>
    [
        SeedArticles.Document("000", September12),
        SeedArticles.Document("001", September12.AddHours(2)),
        SeedArticles.Document("002", July20),
        SeedArticles.Document("003", September12.AddHours(1)),
        SeedArticles.Document("004", July23),
    ];

    private static string[][] Groups(StoryGrouping grouping, IReadOnlyList<Parallax.Core.Annotations.Document> documents) =>
        [.. grouping.Stories.Select(s => s.ArticleIds.Select(id => SeedArticles.PrefixOf(documents, id)).Order(StringComparer.Ordinal).ToArray())];

    [Fact]
    public void Dated_seeds_group_the_September_statement_apart_from_the_July_reports()
    {
        var documents = DatedSeeds();
        var grouping = new StoryDetector().Detect(documents);
        var groups = Groups(grouping, documents);

        Assert.Contains(groups, g => g.SequenceEqual(["000", "001", "003"]));
        Assert.DoesNotContain(groups, g => g.Contains("002") && g.Contains("000"));
        Assert.DoesNotContain(groups, g => g.Contains("004") && g.Contains("000"));
    }

    [Fact]
    public void Dated_seeds_form_one_storyline_across_the_two_months()
    {
        var documents = DatedSeeds();
        var grouping = new StoryDetector().Detect(documents);

        var storyline = Assert.Single(grouping.Storylines);
        Assert.True(grouping.Stories.Length >= 2);
        Assert.Equal(grouping.Stories.Select(s => s.Id), storyline.StoryIds);
        Assert.All(grouping.Stories, s => Assert.Equal(storyline.Id, s.StorylineId));
    }

    [Fact]
    public void Without_a_storyline_window_long_enough_the_months_stay_apart()
    {
        var documents = DatedSeeds();
        var grouping = new StoryDetector(new StoryDetectorOptions { StorylineWindow = TimeSpan.FromDays(7) }).Detect(documents);

        Assert.Equal(2, grouping.Storylines.Length);
    }

    [Fact]
    public void Undated_seeds_are_three_stories_of_one_storyline()
    {
        // No publication dates: the weekday each lead gives for its event (Friday, Sunday, Wednesday) keeps the
        // events apart while their shared subject keeps them in one storyline.
        var documents = SeedArticles.All();
        var grouping = new StoryDetector().Detect(documents);
        var groups = Groups(grouping, documents);

        Assert.Single(grouping.Storylines);
        Assert.Contains(groups, g => g.SequenceEqual(["000", "001", "003"]));
        Assert.Contains(groups, g => g.SequenceEqual(["002"]));
        Assert.Contains(groups, g => g.SequenceEqual(["004"]));
    }

    [Fact]
    public void Shuffled_input_gives_the_same_grouping()
    {
        var documents = SeedArticles.All().ToList();
        var detector = new StoryDetector();
        var expected = detector.Detect(documents);
        var random = new Random(20250912);
        for (var round = 0; round < 6; round++)
        {
            var shuffled = documents.OrderBy(_ => random.Next()).ToList();
            var actual = detector.Detect(shuffled);

            Assert.Equal(expected.Stories, actual.Stories, StoryComparer.Instance);
            Assert.Equal(expected.Storylines.Select(l => (l.Id, string.Join(",", l.StoryIds))), actual.Storylines.Select(l => (l.Id, string.Join(",", l.StoryIds))));
        }
    }

    [Fact]
    public void Shuffled_dated_input_gives_the_same_grouping()
    {
        var documents = DatedSeeds();
        var detector = new StoryDetector();
        var expected = detector.Detect(documents);
        documents.Reverse();

        Assert.Equal(expected.Stories, detector.Detect(documents).Stories, StoryComparer.Instance);
    }

    [Fact]
    public void Seeds_are_not_near_duplicates_of_each_other() =>
        Assert.Empty(new StoryDetector().Detect(SeedArticles.All()).Duplicates);

    private sealed class StoryComparer : IEqualityComparer<Story>
    {
        public static readonly StoryComparer Instance = new();

        public bool Equals(Story? x, Story? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Title == y.Title && x.StorylineId == y.StorylineId
            && x.ArticleIds.SequenceEqual(y.ArticleIds);

        public int GetHashCode(Story obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
