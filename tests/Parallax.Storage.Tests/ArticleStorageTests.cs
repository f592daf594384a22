using Parallax.Core.Articles;

namespace Parallax.Storage.Tests;

public sealed class ArticleStorageTests
{
    [Fact]
    public void Every_field_round_trips_after_reopening()
    {
        using var db = new TempDatabase();
        var articles = new List<Article> { TestArticles.Full() };
        articles.AddRange(TestArticles.Seeds());
        using (var store = SqliteStore.Open(db.Path))
        {
            var result = store.AddArticles(articles);
            Assert.Equal<string>(articles.Select(a => a.Id), result.Added);
            Assert.Empty(result.AlreadyStored);
        }

        using var reopened = SqliteStore.Open(db.Path);
        Assert.Equal(articles.Count, reopened.ArticleCount);
        ArticleAssert.Same(articles, reopened.LoadArticles());
    }

    [Fact]
    public void Absent_optional_fields_come_back_absent()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        var article = new Article { Id = "empty-body", Path = "p", Source = "s", SourceEvidence = SourceEvidence.Url, Body = [] };

        store.AddArticles([article]);

        var loaded = Assert.Single(store.LoadArticles());
        ArticleAssert.Same(article, loaded);
        Assert.Null(loaded.Title);
        Assert.Null(loaded.Published);
        Assert.Empty(loaded.Body);
        Assert.Empty(loaded.Removed);
        Assert.Empty(loaded.Captions);
    }

    [Fact]
    public void Articles_load_in_insertion_order_across_batches()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        var seeds = TestArticles.Seeds();
        var reversed = seeds.Reverse().ToArray();

        store.AddArticles(reversed[..2]);
        store.AddArticles(reversed[2..]);

        Assert.Equal(reversed.Select(a => a.Id), store.LoadArticles().Select(a => a.Id));
    }

    [Fact]
    public void The_same_article_added_twice_is_stored_once_and_the_first_copy_kept()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        var first = TestArticles.Seeds()[0];
        var other = TestArticles.Seeds()[1];
        var copy = first with { Path = "elsewhere/copy.txt" };

        store.AddArticles([first]);
        var result = store.AddArticles([copy, other]);

        Assert.Equal<string>([other.Id], result.Added);
        Assert.Equal<string>([first.Id], result.AlreadyStored);
        Assert.Equal(2, store.ArticleCount);
        ArticleAssert.Same([first, other], store.LoadArticles());
    }

    [Fact]
    public void A_repeat_within_one_batch_is_counted_as_already_stored()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        var article = TestArticles.Minimal("One paragraph.");

        var result = store.AddArticles([article, article with { Path = "again.txt" }]);

        Assert.Equal<string>([article.Id], result.Added);
        Assert.Equal<string>([article.Id], result.AlreadyStored);
        Assert.Equal("minimal.txt", Assert.Single(store.LoadArticles()).Path);
    }

    [Fact]
    public void An_empty_batch_changes_nothing()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);

        var result = store.AddArticles([]);

        Assert.Empty(result.Added);
        Assert.Empty(result.AlreadyStored);
        Assert.Equal(0, store.ArticleCount);
    }

    [Fact]
    public void An_unknown_stored_enum_name_is_reported_not_guessed()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        var article = TestArticles.Minimal("Written by a later build.");
        store.AddArticles([article]);
        db.ExecuteRaw("UPDATE articles SET source_evidence = 'SomethingNewer';");

        var error = Assert.Throws<StoreException>(() => store.LoadArticles());

        Assert.Contains(article.Id, error.Message, StringComparison.Ordinal);
        Assert.Contains("SomethingNewer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disposed_store_refuses_calls()
    {
        using var db = new TempDatabase();
        var store = SqliteStore.Open(db.Path);
        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => store.LoadArticles());
        Assert.Throws<ObjectDisposedException>(() => store.AddArticles([TestArticles.Minimal("x")]));
    }

    [Fact]
    public void Two_stores_on_one_file_see_each_others_writes()
    {
        using var db = new TempDatabase();
        using var writer = SqliteStore.Open(db.Path);
        using var reader = SqliteStore.Open(db.Path);

        writer.AddArticles([TestArticles.Minimal("Shared.")]);

        Assert.Equal(1, reader.ArticleCount);
        Assert.Equal("Shared.", Assert.Single(reader.LoadArticles()).Text);
    }

    [Fact]
    public void Parallel_reads_during_writes_see_whole_batches_only()
    {
        using var db = new TempDatabase();
        using var store = SqliteStore.Open(db.Path);
        const int BatchSize = 3;
        const int Batches = 20;
        var counts = new System.Collections.Concurrent.ConcurrentBag<int>();

        Parallel.Invoke(
            () =>
            {
                for (var b = 0; b < Batches; b++)
                {
                    store.AddArticles([.. Enumerable.Range(0, BatchSize).Select(i => TestArticles.Minimal($"Batch {b} paragraph {i}."))]);
                }
            },
            () =>
            {
                for (var r = 0; r < 40; r++)
                {
                    counts.Add(store.LoadArticles().Count);
                }
            });

        Assert.Equal(BatchSize * Batches, store.ArticleCount);
        Assert.All(counts, c => Assert.Equal(0, c % BatchSize));
    }
}
