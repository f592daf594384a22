using Parallax.Core.Stories;

namespace Parallax.Storage.Tests;

public sealed class StoryStorageTests
{
    [Fact]
    public void A_new_store_has_no_stories()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);

        var grouping = store.LoadStories();

        Assert.Empty(grouping.Stories);
        Assert.Empty(grouping.Storylines);
        Assert.Empty(grouping.Duplicates);
    }

    [Fact]
    public void Stories_round_trip_after_reopening()
    {
        using var db = new TempDatabase();
        var grouping = StoryFixtures.Grouping(stories: 5);
        using (var store = SqliteStore.Open(db.Path))
        {
            store.SaveStories(grouping);
        }

        using var reopened = SqliteStore.Open(db.Path);
        StoryFixtures.AssertSame(grouping, reopened.LoadStories());
    }

    [Fact]
    public void Saving_replaces_the_previous_grouping_entirely()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.SaveStories(StoryFixtures.Grouping(stories: 6, prefix: "old"));
        var replacement = StoryFixtures.Grouping(stories: 3, prefix: "new");

        store.SaveStories(replacement);

        StoryFixtures.AssertSame(replacement, store.LoadStories());
        Assert.Equal(6L, db.ScalarRaw("SELECT count(*) FROM story_articles;"));
        Assert.Equal(3L, db.ScalarRaw("SELECT count(*) FROM storyline_stories;"));
    }

    [Fact]
    public void Saving_an_empty_grouping_clears_the_stories()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        store.SaveStories(StoryFixtures.Grouping(stories: 2));

        store.SaveStories(StoryGrouping.Empty);

        StoryFixtures.AssertSame(StoryGrouping.Empty, store.LoadStories());
    }

    [Fact]
    public void Member_order_is_kept_as_given()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        var grouping = new StoryGrouping(
            [new Story("z", "Z", "line", ["c", "a", "b"]), new Story("a", "A", "line", [])],
            [new Storyline("line", "Line", ["z", "a"])],
            []);

        store.SaveStories(grouping);

        StoryFixtures.AssertSame(grouping, store.LoadStories());
    }

    [Fact]
    public void Stories_and_articles_are_independent()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        var article = TestArticles.Minimal("Kept.");
        store.AddArticles([article]);
        store.SaveStories(StoryFixtures.Grouping(stories: 1));

        store.SaveStories(StoryGrouping.Empty);

        Assert.Equal(article.Id, Assert.Single(store.LoadArticles()).Id);
    }
}
