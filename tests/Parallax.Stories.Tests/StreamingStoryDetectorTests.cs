using Parallax.Core.Annotations;
using static Parallax.Stories.Tests.StreamFixtures;

namespace Parallax.Stories.Tests;

public sealed class StreamingStoryDetectorTests
{
    private static Document EditedCopyOf000(DateTimeOffset at)
    {
        var body = SeedArticles.Load("000").Body.ToArray();
        body[4] = "Talks in Istanbul this year produced nothing beyond a swap of prisoners, officials said.";
        return new Document(SeedArticles.Create("wire-copy", "Kremlin says talks with Kyiv have stalled", body, at));
    }

    private static string Stream(IEnumerable<IReadOnlyList<Document>> batches, bool saveBetweenBatches = false)
    {
        var detector = new StreamingStoryDetector();
        var model = new GroupingModel();
        foreach (var batch in batches)
        {
            detector.Add(batch);
            model.Apply(detector.TakeChanges());
            if (saveBetweenBatches)
            {
                detector = StreamingStoryDetector.Restore(detector.SaveState());
            }
        }

        return model.Describe();
    }

    [Fact]
    public void Articles_with_equal_times_give_the_same_grouping_in_any_input_order()
    {
        Document[] documents = [BridgeClosedA(Start), BridgeClosedB(Start), MarathonA(Start), MarathonB(Start)];
        var expected = Stream([documents]);

        foreach (var order in new[] { new[] { 3, 2, 1, 0 }, [1, 3, 0, 2], [2, 0, 3, 1] })
        {
            Assert.Equal(expected, Stream([[.. order.Select(i => documents[i])]]));
        }

        Assert.Equal(2, expected.Split('\n').Count(l => l.StartsWith("story ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Reports_of_one_event_join_one_story_and_other_events_start_their_own()
    {
        var grouping = new StoryDetector().Detect(
            [BridgeClosedA(Start), MarathonA(Start.AddHours(1)), BridgeClosedB(Start.AddHours(2)), MarathonB(Start.AddHours(3))]);

        Assert.Equal(2, grouping.Stories.Length);
        Assert.All(grouping.Stories, s => Assert.Equal(2, s.ArticleIds.Length));
        Assert.Contains(grouping.Stories, s => s.ArticleIds.SequenceEqual(
            [BridgeClosedA(Start).Article.Id, BridgeClosedB(Start.AddHours(2)).Article.Id]));
    }

    [Fact]
    public void A_story_closes_once_the_stream_passes_its_window_and_a_later_report_starts_a_new_story()
    {
        var detector = new StreamingStoryDetector();
        detector.Add([BridgeClosedA(Start)]);
        Assert.Equal(1, detector.OpenStoryCount);

        var later = Start + StoryDetectorOptions.Default.StoryWindow + TimeSpan.FromHours(1);
        detector.Add([BridgeClosedB(later)]);

        Assert.Equal(1, detector.OpenStoryCount);
        var stories = detector.TakeChanges().Stories;
        Assert.Equal(2, stories.Length);
        Assert.All(stories, s => Assert.Single(s.ArticleIds));
    }

    [Fact]
    public void Undated_articles_take_the_arrival_time_so_their_stories_close_as_well()
    {
        var withArrival = new StreamingStoryDetector();
        withArrival.Add([BridgeClosedA(null)], arrival: Start);
        withArrival.Add([MarathonA(null)], arrival: Start.AddDays(4));

        var without = new StreamingStoryDetector();
        without.Add([BridgeClosedA(null)]);
        without.Add([MarathonA(null)]);

        Assert.Equal(1, withArrival.OpenStoryCount);
        Assert.Equal(2, without.OpenStoryCount);
    }

    [Fact]
    public void A_later_batch_gives_what_one_batch_gives_when_times_are_in_order()
    {
        Document[] first = [BridgeClosedA(Start), MarathonA(Start.AddHours(1)), BridgeClosedB(Start.AddHours(2)), SeedArticles.Document("000", Start.AddHours(3))];
        Document[] second = [MarathonB(Start.AddHours(5)), EditedCopyOf000(Start.AddDays(1)), BridgeReopened(Start.AddDays(10))];
        var once = GroupingModel.Describe(new StoryDetector().Detect([.. first, .. second]));

        Assert.Equal(once, Stream([first, second]));
        Assert.Equal(once, Stream([first, second], saveBetweenBatches: true));
        Assert.Equal(once, Stream([first[..2], first[2..], second[..1], second[1..]], saveBetweenBatches: true));
    }

    [Fact]
    public void Stories_of_one_subject_are_linked_into_a_storyline_and_other_subjects_are_not()
    {
        var grouping = new StoryDetector().Detect(
            [BridgeClosedA(Start), BridgeClosedB(Start.AddHours(2)), MarathonA(Start.AddHours(3)), BridgeReopened(Start.AddDays(10))]);

        var closed = Assert.Single(grouping.Stories, s => s.ArticleIds.Contains(BridgeClosedA(Start).Article.Id));
        var reopened = Assert.Single(grouping.Stories, s => s.ArticleIds.Contains(BridgeReopened(Start.AddDays(10)).Article.Id));
        var marathon = Assert.Single(grouping.Stories, s => s.ArticleIds.Contains(MarathonA(Start.AddHours(3)).Article.Id));
        Assert.NotEqual(closed.Id, reopened.Id);
        Assert.Equal(closed.StorylineId, reopened.StorylineId);
        Assert.NotEqual(closed.StorylineId, marathon.StorylineId);
        Assert.Equal(2, grouping.Storylines.Length);
    }

    [Fact]
    public void A_copy_in_a_later_batch_links_to_its_original_and_joins_its_story()
    {
        var original = SeedArticles.Document("000", Start);
        var copy = EditedCopyOf000(Start.AddDays(1));
        var detector = new StreamingStoryDetector();
        detector.Add([original]);
        var first = Assert.Single(detector.TakeChanges().Stories);

        detector.Add([copy]);
        var change = detector.TakeChanges();

        // The change reports the original's story with the article that joined it.
        var link = Assert.Single(change.Duplicates);
        Assert.Equal((copy.Article.Id, original.Article.Id), (link.ArticleId, link.OriginalId));
        var story = Assert.Single(change.Stories);
        Assert.Equal(first.Id, story.Id);
        Assert.Equal([copy.Article.Id], story.ArticleIds.ToArray());
    }

    [Fact]
    public void A_copy_after_the_duplicate_window_is_not_linked()
    {
        var original = SeedArticles.Document("000", Start);
        var copy = EditedCopyOf000(Start + StoryDetectorOptions.Default.DuplicateWindow + TimeSpan.FromDays(1));

        var grouping = new StoryDetector().Detect([original, copy]);

        Assert.Empty(grouping.Duplicates);
    }

    [Fact]
    public void A_state_is_refused_under_other_options_and_cannot_be_saved_with_changes_pending()
    {
        var detector = new StreamingStoryDetector();
        detector.Add([SeedArticles.Document("000", Start), EditedCopyOf000(Start.AddHours(1))]);
        Assert.Throws<InvalidOperationException>(() => detector.SaveState());

        detector.TakeChanges();
        var state = detector.SaveState();

        Assert.Throws<InvalidDataException>(() => StreamingStoryDetector.Restore(state, new StoryDetectorOptions { StoryThreshold = 0.5 }));
        Assert.Throws<InvalidDataException>(() => StreamingStoryDetector.Restore(state[..(state.Length / 2)]));
        Assert.Equal(1, StreamingStoryDetector.Restore(state, StoryDetectorOptions.Default).OpenStoryCount);
    }
}
