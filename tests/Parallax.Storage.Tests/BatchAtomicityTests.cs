using Parallax.Core.Articles;

namespace Parallax.Storage.Tests;

public sealed class BatchAtomicityTests
{
    [Fact]
    public void A_batch_failing_midway_leaves_the_store_as_before()
    {
        using var db = new TempDatabase();
        var seeds = TestArticles.Seeds();
        using (var store = SqliteStore.Open(db.Path))
        {
            store.AddArticles([seeds[0], seeds[1]]);
        }

        // The failure comes from inside SQLite, after the batch's earlier articles and rows were written.
        db.ExecuteRaw(
            """
            CREATE TRIGGER fail_on_caption BEFORE INSERT ON article_captions
            WHEN NEW.text = 'FAIL HERE' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;
            """);
        var failing = TestArticles.Minimal("Failing article.") with { Captions = ["ok", "FAIL HERE"] };
        var batch = new[] { seeds[2], seeds[3], failing, seeds[4] };

        using var reopened = SqliteStore.Open(db.Path);
        var error = Assert.Throws<StoreException>(() => reopened.AddArticles(batch));
        Assert.Contains(db.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("simulated failure", error.Message, StringComparison.Ordinal);

        Assert.Equal(2, reopened.ArticleCount);
        ArticleAssert.Same([seeds[0], seeds[1]], reopened.LoadArticles());
        Assert.Equal(0L, db.ScalarRaw("SELECT count(*) FROM article_paragraphs WHERE article_seq NOT IN (SELECT seq FROM articles);"));

        // Nothing of the failed batch lingers: once the cause is gone, the whole batch is new.
        db.ExecuteRaw("DROP TRIGGER fail_on_caption;");
        var retry = reopened.AddArticles(batch);
        Assert.Equal<string>(batch.Select(a => a.Id), retry.Added);
        ArticleAssert.Same([seeds[0], seeds[1], .. batch], reopened.LoadArticles());
    }

    [Fact]
    public void An_invalid_article_refuses_the_whole_batch_before_writing()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        var good = TestArticles.Minimal("Good.");
        var bad = TestArticles.Minimal("Bad.") with { Captions = ["fine", null!] };

        var error = Assert.Throws<ArgumentException>(() => store.AddArticles([good, bad]));

        Assert.Contains("#1", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, store.ArticleCount);
    }

    [Fact]
    public void A_failed_story_save_keeps_the_previous_grouping()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        var before = StoryFixtures.Grouping(stories: 2);
        store.SaveStories(before);
        var clash = StoryFixtures.Grouping(stories: 3);
        clash = clash with { Stories = [.. clash.Stories, clash.Stories[0]] };

        Assert.Throws<StoreException>(() => store.SaveStories(clash));

        StoryFixtures.AssertSame(before, store.LoadStories());
    }
}
