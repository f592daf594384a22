namespace Parallax.Storage.Tests;

public sealed class MigrationTests
{
    // The version 1 schema of the articles table exactly as released, and the tables the store needs beside it.
    private const string VersionOneSchema = """
        CREATE TABLE articles (
            seq             INTEGER PRIMARY KEY,
            id              TEXT NOT NULL UNIQUE,
            path            TEXT NOT NULL,
            source          TEXT NOT NULL,
            source_evidence TEXT NOT NULL,
            title           TEXT,
            url             TEXT,
            published       TEXT,
            author          TEXT
        );
        CREATE TABLE article_paragraphs (article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE, ordinal INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (article_seq, ordinal)) WITHOUT ROWID;
        CREATE TABLE article_removed (article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE, ordinal INTEGER NOT NULL, text TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (article_seq, ordinal)) WITHOUT ROWID;
        CREATE TABLE article_captions (article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE, ordinal INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (article_seq, ordinal)) WITHOUT ROWID;
        CREATE TABLE stories (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, storyline_id TEXT NOT NULL);
        CREATE TABLE story_articles (story_seq INTEGER NOT NULL REFERENCES stories (seq) ON DELETE CASCADE, ordinal INTEGER NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (story_seq, ordinal)) WITHOUT ROWID;
        CREATE INDEX story_articles_by_article ON story_articles (article_id);
        CREATE TABLE storylines (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL);
        CREATE TABLE storyline_stories (storyline_seq INTEGER NOT NULL REFERENCES storylines (seq) ON DELETE CASCADE, ordinal INTEGER NOT NULL, story_id TEXT NOT NULL, PRIMARY KEY (storyline_seq, ordinal)) WITHOUT ROWID;
        CREATE TABLE duplicates (seq INTEGER PRIMARY KEY, article_id TEXT NOT NULL, original_id TEXT NOT NULL, similarity REAL NOT NULL);
        INSERT INTO articles (seq, id, path, source, source_evidence, title, url, published, author)
        VALUES (1, 'old-1', 'old.txt', 'Old Outlet', 'Declared', 'Old title', 'https://old.example/a', '2024-01-02T03:04:05.0000000+01:00', 'Jane Doe');
        INSERT INTO article_paragraphs VALUES (1, 0, 'An article stored by the first version.');
        INSERT INTO article_captions VALUES (1, 0, 'A caption.');
        PRAGMA application_id = 1347570776;
        PRAGMA user_version = 1;
        """;

    [Fact]
    public void A_version_one_store_is_migrated_and_its_articles_read_back()
    {
        using var db = new TempDatabase();
        db.ExecuteRaw(VersionOneSchema);

        using (var store = SqliteStore.Open(db.Path))
        {
            var old = Assert.Single(store.LoadArticles());
            Assert.Equal("old-1", old.Id);
            Assert.Equal("Old title", old.Title);
            Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)), old.Published);
            Assert.Equal("Jane Doe", old.Author);
            Assert.Equal(["Jane Doe"], old.Authors.AsEnumerable());
            Assert.Null(old.Updated);
            Assert.Null(old.Language);
            Assert.Null(old.LeadImageCaption);
            Assert.Equal(["An article stored by the first version."], old.Body.AsEnumerable());
            Assert.Equal(["A caption."], old.Captions.AsEnumerable());

            store.AddArticles([TestArticles.Full()]);
        }

        Assert.Equal(3L, db.ScalarRaw("PRAGMA user_version;"));
        Assert.Equal(1L, db.ScalarRaw("SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'lead_image_caption';"));
        using var reopened = SqliteStore.Open(db.Path);
        var articles = reopened.LoadArticles();
        Assert.Equal(2, articles.Count);
        ArticleAssert.Same(TestArticles.Full(), articles[1]);
    }

    [Fact]
    public void A_failed_migration_leaves_the_version_one_store_as_it_was()
    {
        using var db = new TempDatabase();
        db.ExecuteRaw(VersionOneSchema);

        // A column the migration adds already exists: the ALTER fails and nothing of the step may stay.
        db.ExecuteRaw("ALTER TABLE articles ADD COLUMN language TEXT;");

        Assert.Throws<StoreException>(() => SqliteStore.Open(db.Path));
        Assert.Equal(1L, db.ScalarRaw("PRAGMA user_version;"));
        Assert.Equal(0L, db.ScalarRaw("SELECT count(*) FROM pragma_table_info('articles') WHERE name IN ('authors', 'updated');"));
    }

    [Fact]
    public void Authors_survive_the_store_byte_for_byte()
    {
        using var db = new TempDatabase();
        var article = TestArticles.Minimal("One paragraph about a harbour.") with
        {
            Authors = ["A, B", "C \"D\"", "[E]"],
            Language = "en",
        };
        using (var store = SqliteStore.Open(db.Path))
        {
            store.AddArticles([article]);
        }

        using var reopened = SqliteStore.Open(db.Path);
        var read = Assert.Single(reopened.LoadArticles());
        Assert.Equal(["A, B", "C \"D\"", "[E]"], read.Authors.AsEnumerable());
        Assert.Equal("A, B, C \"D\", [E]", read.Author);
        Assert.Equal("en", read.Language);
    }
}
