using Parallax.Core.Annotations;

namespace Parallax.Stories.Tests;

/// <summary>Names corroborate words: a name shared by two articles does not join them when their words differ.</summary>
public sealed class NameCorroborationTests
{
    private static readonly DateTimeOffset Day = new(2024, 6, 3, 8, 0, 0, TimeSpan.Zero);

    // Invented reports: two events that share only the name of a made-up country, and a second report of the first.
    private static Document Report(string source, string title, int hour, string body) =>
        new(SeedArticles.Create(source, title, [body], Day.AddHours(hour)));

    private static Document FishingBan() => Report(
        "gazette",
        "Fishing banned on the northern lakes",
        0,
        "The government of Ruritania banned commercial fishing on the northern lakes after trout stocks collapsed over the winter.");

    private static Document FishingProtest() => Report(
        "herald",
        "Fishermen protest the lake fishing ban",
        2,
        "Fishermen in Ruritania protested against the commercial fishing ban on the northern lakes, saying the trout stocks had recovered.");

    private static Document CupFinal() => Report(
        "courier",
        "Late penalty settles the continental cup final",
        1,
        "The national team of Ruritania won the continental football cup final in extra time after a late penalty against the champions.");

    [Fact]
    public void A_shared_name_with_different_words_is_a_different_event()
    {
        var grouping = new StoryDetector().Detect([FishingBan(), CupFinal(), FishingProtest()]);

        Assert.Equal(2, grouping.Stories.Length);
        var fishing = Assert.Single(grouping.Stories, s => s.ArticleIds.Contains(FishingBan().Article.Id));
        Assert.Contains(FishingProtest().Article.Id, fishing.ArticleIds);
        Assert.DoesNotContain(CupFinal().Article.Id, fishing.ArticleIds);
    }

    [Fact]
    public void The_pair_similarity_of_a_shared_name_alone_stays_below_the_story_threshold()
    {
        var detector = new StoryDetector();

        Assert.InRange(detector.Similarity(FishingBan(), CupFinal()), 0, detector.Options.StoryThreshold);
        Assert.InRange(detector.Similarity(FishingBan(), FishingProtest()), detector.Options.StoryThreshold, 1);
    }
}
