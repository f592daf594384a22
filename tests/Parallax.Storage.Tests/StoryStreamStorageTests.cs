using Parallax.Core.Articles;
using Parallax.Core.Stories;

namespace Parallax.Storage.Tests;

public sealed class StoryStreamStorageTests
{
    private static readonly Article A1 = TestArticles.Minimal("First report of the harbour bridge closure.", "a1.txt");
    private static readonly Article A2 = TestArticles.Minimal("Second report of the harbour bridge closure.", "a2.txt");
    private static readonly Article A3 = TestArticles.Minimal("A report of the lakeside marathon.", "a3.txt");

    private static StoryStreamUpdate Update(byte[] state, Story[] stories, Storyline[] storylines, string[]? removed = null, DuplicateLink[]? links = null) =>
        new(new StoryGroupingChange([.. stories], [.. storylines], [.. removed ?? []], [.. links ?? []]), state);

    [Fact]
    public void A_later_update_appends_the_members_it_lists_and_keeps_each_story_in_its_place()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.AddArticles([A1], _ => Update(
            [1],
            [new Story("s1", "Bridge closed", "l1", [A1.Id])],
            [new Storyline("l1", "Bridge closed", ["s1"])]));

        store.AddArticles([A2, A3], _ => Update(
            [2],
            [new Story("s1", "Harbour bridge closed", "l1", [A2.Id]), new Story("s2", "Marathon", "l2", [A3.Id])],
            [new Storyline("l1", "Harbour bridge closed", ["s1"]), new Storyline("l2", "Marathon", ["s2"])],
            links: [new DuplicateLink(A2.Id, A1.Id, 0.9)]));

        var grouping = store.LoadStories();
        Assert.Equal(["s1", "s2"], grouping.Stories.Select(s => s.Id));
        Assert.Equal("Harbour bridge closed", grouping.Stories[0].Title);
        Assert.Equal([A1.Id, A2.Id], grouping.Stories[0].ArticleIds.AsEnumerable());
        Assert.Equal(["l1", "l2"], grouping.Storylines.Select(l => l.Id));
        Assert.Equal("Harbour bridge closed", grouping.Storylines[0].Title);
        Assert.Equal(new DuplicateLink(A2.Id, A1.Id, 0.9), Assert.Single(grouping.Duplicates));
        Assert.Equal([2], store.LoadStoryStreamState());
    }

    [Fact]
    public void A_removed_storyline_is_deleted_and_a_rewritten_one_keeps_its_place_by_its_first_story()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.AddArticles([A1, A2], _ => Update(
            [1],
            [new Story("s1", "Bridge", "l1", [A1.Id]), new Story("s2", "Bridge again", "l2", [A2.Id])],
            [new Storyline("l1", "Bridge", ["s1"]), new Storyline("l2", "Bridge again", ["s2"])]));

        store.AddArticles([A3], _ => Update(
            [2],
            [new Story("s2", "Bridge again", "l1", [A2.Id]), new Story("s3", "Marathon", "l3", [A3.Id])],
            [new Storyline("l3", "Marathon", ["s3"]), new Storyline("l1", "Bridge", ["s1", "s2"])],
            removed: ["l2"]));

        var grouping = store.LoadStories();
        Assert.Equal(["l1", "l3"], grouping.Storylines.Select(l => l.Id));
        Assert.Equal(["s1", "s2"], grouping.Storylines[0].StoryIds.AsEnumerable());
    }

    [Fact]
    public void A_storyline_reported_with_its_new_stories_only_keeps_the_ones_stored_before()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.AddArticles([A1], _ => Update([1], [new Story("s1", "Bridge", "l1", [A1.Id])], [new Storyline("l1", "Bridge", ["s1"])]));

        store.AddArticles([A2], _ => Update([2], [new Story("s2", "Bridge reopens", "l1", [A2.Id])], [new Storyline("l1", "Bridge reopens", ["s2"])]));

        var line = Assert.Single(store.LoadStories().Storylines);
        Assert.Equal("Bridge reopens", line.Title);
        Assert.Equal(["s1", "s2"], line.StoryIds.AsEnumerable());
    }

    [Fact]
    public void A_story_reported_under_another_storyline_leaves_the_first_and_joins_the_other_in_story_order()
    {
        // Saved whole (as a stream's first grouping is), then changed: the earliest story moves into the second
        // storyline, whose first story it becomes, and the storyline it left is removed.
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.AddArticles([A1, A2, A3]);
        store.SaveStories(
            new StoryGrouping(
                [new Story("s1", "Bridge", "l1", [A1.Id]), new Story("s2", "Bridge again", "l2", [A2.Id]), new Story("s3", "Bridge third", "l2", [A3.Id])],
                [new Storyline("l1", "Bridge", ["s1"]), new Storyline("l2", "Bridge again", ["s2", "s3"])],
                []),
            [1]);
        var a4 = TestArticles.Minimal("A report of the river ferry.", "a4.txt");

        store.AddArticles([a4], _ => Update(
            [2],
            [new Story("s1", "Bridge", "l2", [A1.Id]), new Story("s4", "Ferry", "l4", [a4.Id])],
            [new Storyline("l2", "Bridge again", ["s1"]), new Storyline("l4", "Ferry", ["s4"])],
            removed: ["l1"]));

        var grouping = store.LoadStories();
        Assert.Equal(["l2", "l4"], grouping.Storylines.Select(l => l.Id));
        Assert.Equal(["s1", "s2", "s3"], grouping.Storylines[0].StoryIds.AsEnumerable());
        Assert.Equal(["s4"], grouping.Storylines[1].StoryIds.AsEnumerable());
    }

    [Fact]
    public void The_update_is_given_only_the_newly_added_articles()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.AddArticles([A1]);
        IReadOnlyList<Article>? given = null;

        var result = store.AddArticles([A1, A2], added =>
        {
            given = added;
            return Update([1], [], []);
        });

        Assert.Equal([A2.Id], given!.Select(a => a.Id));
        Assert.Equal([A1.Id], result.AlreadyStored.AsEnumerable());
    }

    [Fact]
    public void A_failing_update_stores_nothing_of_the_batch()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.AddArticles([A1], _ => Update([1], [new Story("s1", "Bridge", "l1", [A1.Id])], [new Storyline("l1", "Bridge", ["s1"])]));

        Assert.Throws<InvalidOperationException>(() => store.AddArticles([A2], _ => throw new InvalidOperationException("detector failed")));
        Assert.Throws<ArgumentException>(() => store.AddArticles([A3], _ => Update([2], [new Story("s3", null!, "l3", [A3.Id])], [])));

        Assert.Equal(1, store.ArticleCount);
        Assert.Equal(["s1"], store.LoadStories().Stories.Select(s => s.Id));
        Assert.Equal([1], store.LoadStoryStreamState());
    }

    [Fact]
    public void Saving_a_whole_grouping_drops_the_saved_detector_state()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.AddArticles([A1], _ => Update([1], [new Story("s1", "Bridge", "l1", [A1.Id])], [new Storyline("l1", "Bridge", ["s1"])]));

        store.SaveStories(StoryFixtures.Grouping(stories: 2));

        Assert.Null(store.LoadStoryStreamState());
    }
}
