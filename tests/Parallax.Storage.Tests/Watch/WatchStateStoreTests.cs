using Parallax.Storage.Watch;

namespace Parallax.Storage.Tests.Watch;

public sealed class WatchStateStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 3, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Feed_state_and_seen_items_survive_reopening()
    {
        using var db = new TempDatabase();
        using (var store = SqliteStore.Open(db.Path))
        using (var state = WatchStateStore.Open(store))
        {
            state.SaveFeed(new WatchFeedState("http://example.com/feed", "\"e1\"", "Tue, 03 Mar 2026 10:00:00 GMT", At));
            state.MarkSeen("http://example.com/feed", "guid-1", At);
        }

        using (var store = SqliteStore.Open(db.Path))
        using (var state = WatchStateStore.Open(store))
        {
            Assert.Equal(
                new WatchFeedState("http://example.com/feed", "\"e1\"", "Tue, 03 Mar 2026 10:00:00 GMT", At),
                state.LoadFeed("http://example.com/feed"));
            Assert.Null(state.LoadFeed("http://example.com/other"));
            var item = Assert.Single(state.LoadItems("http://example.com/feed")).Value;
            Assert.Equal(new WatchItemState("guid-1", WatchItemStatus.Seen, 0, null), item);
            Assert.Empty(state.LoadItems("http://example.com/other"));
        }
    }

    [Fact]
    public void Saving_a_feed_again_replaces_its_validators()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        using var state = WatchStateStore.Open(store);

        state.SaveFeed(new WatchFeedState("f", "\"a\"", null, At));
        state.SaveFeed(new WatchFeedState("f", null, "Wed, 04 Mar 2026 10:00:00 GMT", At.AddHours(1)));

        Assert.Equal(new WatchFeedState("f", null, "Wed, 04 Mar 2026 10:00:00 GMT", At.AddHours(1)), state.LoadFeed("f"));
    }

    [Fact]
    public void Failures_count_up_to_giving_up_and_a_later_success_marks_the_item_seen()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        using var state = WatchStateStore.Open(store);

        var first = state.RecordFailure("f", "k", "HTTP 500", maxAttempts: 3, At);
        var second = state.RecordFailure("f", "k", "timed out", maxAttempts: 3, At);
        Assert.Equal(new WatchItemState("k", WatchItemStatus.Failed, 1, "HTTP 500"), first);
        Assert.Equal(WatchItemStatus.Failed, second.Status);
        Assert.Equal(WatchItemStatus.GivenUp, state.RecordFailure("f", "k", "HTTP 500", maxAttempts: 3, At).Status);
        Assert.Equal(3, state.LoadItems("f")["k"].Attempts);

        state.RecordFailure("f", "k2", "HTTP 500", maxAttempts: 3, At);
        state.MarkSeen("f", "k2", At);
        Assert.Equal(WatchItemStatus.Seen, state.LoadItems("f")["k2"].Status);
    }

    [Fact]
    public void The_watch_tables_leave_the_article_store_readable_and_its_schema_version_alone()
    {
        using var db = new TempDatabase();
        long version;
        using (var store = SqliteStore.Open(db.Path))
        {
            version = Convert.ToInt64(db.ScalarRaw("PRAGMA user_version;"));
            using var state = WatchStateStore.Open(store);
            state.MarkSeen("f", "k", At);
            store.AddArticles([TestArticles.Minimal("a")]);
        }

        using (var reopened = SqliteStore.Open(db.Path))
        {
            Assert.Equal(1, reopened.ArticleCount);
        }

        Assert.Equal(version, Convert.ToInt64(db.ScalarRaw("PRAGMA user_version;")));
        Assert.Equal(2L, db.ScalarRaw("SELECT count(*) FROM sqlite_schema WHERE name IN ('watch_feeds', 'watch_items');"));
    }
}
