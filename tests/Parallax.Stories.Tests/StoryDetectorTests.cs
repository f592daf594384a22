using System.Security.Cryptography;
using System.Text;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Stories;

namespace Parallax.Stories.Tests;

public sealed class StoryDetectorTests
{
    private static readonly DateTimeOffset Day = new(2024, 3, 5, 9, 0, 0, TimeSpan.Zero);

    // Two reports of one made-up council vote, written for these tests.
    private static Document CouncilReport(string source, string title, DateTimeOffset? published, params string[] body) =>
        new(SeedArticles.Create(source, title, body, published));

    private static Document CouncilA(DateTimeOffset? published = null) => CouncilReport(
        "gazette",
        "Riverton council approves library budget after long debate",
        published,
        "The Riverton city council approved a new budget for the public library on Tuesday after a four-hour debate over opening hours and staff cuts.",
        "Councillor Maria Okafor said the budget would keep all three library branches open and restore weekend opening hours.",
        "Opponents argued that the library budget should have been cut to pay for road repairs, and the vote passed seven to four.");

    private static Document CouncilB(DateTimeOffset? published = null) => CouncilReport(
        "herald",
        "Library wins budget fight in Riverton",
        published,
        "Riverton's library branches will stay open after the city council voted seven to four to approve the library budget.",
        "Maria Okafor, the councillor who proposed the budget, said weekend opening hours would return next month.",
        "Critics on the council wanted the money spent on road repairs instead.");

    [Fact]
    public void Unrelated_subjects_get_their_own_story_and_storyline()
    {
        var documents = SeedArticles.All().Append(CouncilA()).Append(CouncilB()).ToList();

        var grouping = new StoryDetector().Detect(documents);

        var council = Assert.Single(grouping.Stories, s => s.ArticleIds.Contains(CouncilA().Article.Id));
        Assert.Equal(
            new[] { CouncilA().Article.Id, CouncilB().Article.Id }.Order(StringComparer.Ordinal),
            council.ArticleIds.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(grouping.Stories, s => s.Id != council.Id && s.StorylineId == council.StorylineId);
        Assert.Equal(2, grouping.Storylines.Length);
    }

    [Fact]
    public void Undated_reports_whose_leads_name_different_weekdays_are_different_events()
    {
        // Same council, same subject; the second vote is a later event ("on Thursday" instead of "on Tuesday").
        var tuesday = CouncilA();
        var thursday = CouncilReport(
            "tribune",
            "Riverton council revisits library budget",
            null,
            "The Riverton city council debated the public library budget again on Thursday after opponents demanded a recount of the vote.",
            "Councillor Maria Okafor said the library budget would keep all three library branches open and restore weekend opening hours.",
            "Opponents argued that the library budget should have been cut to pay for road repairs.");
        var noWeekday = CouncilB();

        var grouping = new StoryDetector().Detect([tuesday, thursday, noWeekday]);

        Assert.Equal(2, grouping.Stories.Length);
        var first = Assert.Single(grouping.Stories, s => s.ArticleIds.Contains(tuesday.Article.Id));
        Assert.DoesNotContain(thursday.Article.Id, first.ArticleIds);
        Assert.Single(grouping.Storylines);
    }

    [Fact]
    public void Dated_reports_ignore_lead_weekdays()
    {
        var tuesday = CouncilA(Day);
        var sameDayOtherWeekdayWord = CouncilReport(
            "tribune",
            "Riverton council approves library budget",
            Day.AddHours(3),
            "On Thursday the Riverton city council will publish the library budget it approved after a four-hour debate over opening hours.",
            "Councillor Maria Okafor said the budget would keep all three library branches open and restore weekend opening hours.",
            "Opponents argued that the library budget should have been cut to pay for road repairs, and the vote passed seven to four.");

        var grouping = new StoryDetector().Detect([tuesday, sameDayOtherWeekdayWord]);

        Assert.Single(grouping.Stories);
    }

    [Fact]
    public void Pair_similarity_is_higher_for_reports_of_one_event_than_for_unrelated_ones()
    {
        var detector = new StoryDetector();
        var sameEvent = detector.Similarity(CouncilA(), CouncilB());
        var unrelated = detector.Similarity(CouncilA(), SeedArticles.Document("003"));

        Assert.InRange(sameEvent, detector.Options.StoryThreshold, 1);
        Assert.InRange(unrelated, 0, detector.Options.StoryThreshold);
        Assert.Equal(sameEvent, detector.Similarity(CouncilA(), CouncilB()), 12);
    }

    [Fact]
    public void Relatedness_is_the_root_of_the_similarity_so_it_orders_pairs_the_same_way_on_a_wider_scale()
    {
        var detector = new StoryDetector();
        var sameEvent = detector.Similarity(CouncilA(), CouncilB());
        var unrelated = detector.Similarity(CouncilA(), SeedArticles.Document("003"));

        Assert.Equal(Math.Sqrt(sameEvent), detector.Relatedness(CouncilA(), CouncilB()), 12);
        Assert.True(detector.Relatedness(CouncilA(), CouncilB()) > sameEvent);
        Assert.True(detector.Relatedness(CouncilA(), CouncilB()) - detector.Relatedness(CouncilA(), SeedArticles.Document("003")) > sameEvent - unrelated);
    }

    [Fact]
    public void Ids_derive_from_the_first_article_and_the_first_story()
    {
        var grouping = new StoryDetector().Detect([CouncilB(Day.AddHours(2)), CouncilA(Day)]);

        var story = Assert.Single(grouping.Stories);
        Assert.Equal(new[] { CouncilA().Article.Id, CouncilB().Article.Id }, story.ArticleIds.ToArray());
        Assert.Equal("s" + Hex12(CouncilA().Article.Id), story.Id);
        var storyline = Assert.Single(grouping.Storylines);
        Assert.Equal("l" + story.Id[1..], storyline.Id);
        Assert.Equal(storyline.Id, story.StorylineId);
        Assert.Contains(story.Title, new[] { CouncilA().Article.Title, CouncilB().Article.Title });
    }

    [Fact]
    public void Articles_beyond_the_story_window_start_a_new_story_in_the_same_storyline()
    {
        var grouping = new StoryDetector().Detect([CouncilA(Day), CouncilB(Day.AddDays(10))]);

        Assert.Equal(2, grouping.Stories.Length);
        Assert.Single(grouping.Storylines);
        Assert.Equal(grouping.Stories[0].StorylineId, grouping.Stories[1].StorylineId);
    }

    [Fact]
    public void A_story_without_headlines_is_titled_by_its_first_sentence()
    {
        var grouping = new StoryDetector().Detect([SeedArticles.Document("002")]);

        var title = Assert.Single(grouping.Stories).Title;
        Assert.StartsWith("The Kremlin has indicated that the future pace of negotiations", title, StringComparison.Ordinal);
        Assert.EndsWith("\u2026", title, StringComparison.Ordinal);
        Assert.True(title.Length <= StoryDetectorOptions.Default.MaxTitleLength + 1);
    }

    [Theory]
    [InlineData("U.S. officials met on Monday. Nothing was agreed.", "U.S. officials met on Monday.")]
    [InlineData("Talks ended! Both sides left.", "Talks ended!")]
    [InlineData("No sentence end here", "No sentence end here")]
    [InlineData("Troops loyal to Gen. Ortega held the bridge. Rebels fled.", "Troops loyal to Gen. Ortega held the bridge.")]
    [InlineData("Sen. Alvarez and Dr. Lind spoke first. Others waited.", "Sen. Alvarez and Dr. Lind spoke first.")]
    [InlineData("Shares of Tessel Inc. rose. Rivals fell.", "Shares of Tessel Inc. rose.")]
    public void The_fallback_title_is_the_first_sentence(string text, string expected) =>
        Assert.Equal(expected, StoryTitle.FirstSentence(text, 120));

    [Fact]
    public void Documents_with_the_same_id_count_once()
    {
        var grouping = new StoryDetector().Detect([CouncilA(), CouncilA(), CouncilB()]);

        Assert.Equal(2, grouping.Stories.Sum(s => s.ArticleIds.Length));
    }

    [Fact]
    public void No_documents_give_no_stories() => Assert.Same(StoryGrouping.Empty, new StoryDetector().Detect([]));

    [Fact]
    public void Options_are_validated() =>
        Assert.Throws<ArgumentException>(() => new StoryDetector(new StoryDetectorOptions { MinHashCount = 100, DuplicateBands = 16 }));

    [Fact]
    public void UseStories_installs_the_detector_and_the_pipeline_groups_the_seeds()
    {
        var builder = new ParallaxPipelineBuilder { MaxDegreeOfParallelism = 2 }.UseStories(new StoryDetectorOptions { StoryThreshold = 0.25 });

        var detector = Assert.IsType<StoryDetector>(builder.StoryDetector);
        Assert.Equal(0.25, detector.Options.StoryThreshold);
        Assert.Equal(AnnotationLayers.None, detector.Requires);
        var result = builder.Build().Analyze(SeedArticles.Prefixes.Select(p => SeedArticles.Load(p)));
        Assert.Equal(5, result.Grouping.Stories.Sum(s => s.ArticleIds.Length));
        Assert.Single(result.Grouping.Storylines);
    }

    private static string Hex12(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)).AsSpan(0, 6));
}
