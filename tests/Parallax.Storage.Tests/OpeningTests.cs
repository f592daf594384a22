using System.Text;

namespace Parallax.Storage.Tests;

public sealed class OpeningTests
{
    [Fact]
    public void A_new_file_gets_the_versioned_schema_in_wal_mode()
    {
        using var db = new TempDatabase();
        using (SqliteStore.Open(db.Path))
        {
        }

        Assert.Equal("wal", db.ScalarRaw("PRAGMA journal_mode;"));
        Assert.Equal(3L, db.ScalarRaw("PRAGMA user_version;"));
        Assert.Equal(0x50524C58L, db.ScalarRaw("PRAGMA application_id;"));
    }

    [Fact]
    public void Opening_an_existing_store_again_keeps_its_data()
    {
        using var db = new TempDatabase();
        var seeds = TestArticles.Seeds();
        var grouping = StoryFixtures.Grouping(stories: 2);
        using (var store = SqliteStore.Open(db.Path))
        {
            store.AddArticles(seeds);
            store.SaveStories(grouping);
        }

        using (SqliteStore.Open(db.Path))
        {
        }

        using var third = SqliteStore.Open(db.Path);
        ArticleAssert.Same(seeds, third.LoadArticles());
        StoryFixtures.AssertSame(grouping, third.LoadStories());
    }

    [Fact]
    public void A_text_file_is_refused_and_left_byte_identical()
    {
        using var db = new TempDatabase();
        File.WriteAllText(db.Path, "This is a note, not a database.\n", Encoding.UTF8);
        var before = File.ReadAllBytes(db.Path);

        var error = Assert.Throws<StoreException>(() => SqliteStore.Open(db.Path));

        Assert.Contains(db.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(db.Path));
        Assert.Equal([db.Path], Directory.GetFiles(db.Folder));
    }

    [Fact]
    public void A_file_shorter_than_the_sqlite_header_is_refused()
    {
        using var db = new TempDatabase();
        File.WriteAllBytes(db.Path, [0x53, 0x51]);

        Assert.Throws<StoreException>(() => SqliteStore.Open(db.Path));

        Assert.Equal([0x53, 0x51], File.ReadAllBytes(db.Path));
    }

    [Fact]
    public void Another_applications_sqlite_database_is_refused_and_left_byte_identical()
    {
        using var db = new TempDatabase();
        db.ExecuteRaw("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me');");
        var before = File.ReadAllBytes(db.Path);

        var error = Assert.Throws<StoreException>(() => SqliteStore.Open(db.Path));

        Assert.Contains(db.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("another application", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(db.Path));
        Assert.Equal("keep me", db.ScalarRaw("SELECT body FROM notes;"));
    }

    [Fact]
    public void A_newer_schema_version_is_refused_and_left_byte_identical()
    {
        using var db = new TempDatabase();
        using (var store = SqliteStore.Open(db.Path))
        {
            store.AddArticles([TestArticles.Minimal("Stored by a newer build.")]);
        }

        db.ExecuteRaw("PRAGMA user_version = 99;");
        var before = File.ReadAllBytes(db.Path);

        var error = Assert.Throws<StoreException>(() => SqliteStore.Open(db.Path));

        Assert.Contains("99", error.Message, StringComparison.Ordinal);
        Assert.Contains(db.Path, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(db.Path));
    }

    [Fact]
    public void An_empty_file_becomes_a_store()
    {
        using var db = new TempDatabase();
        File.WriteAllBytes(db.Path, []);

        using var store = SqliteStore.Open(db.Path);
        store.AddArticles([TestArticles.Minimal("First.")]);

        Assert.Equal(1, store.ArticleCount);
    }

    [Fact]
    public void A_missing_folder_is_named_in_the_error()
    {
        using var db = new TempDatabase();
        var missing = Path.Combine(db.Folder, "no-such-folder");

        var error = Assert.Throws<StoreException>(() => SqliteStore.Open(Path.Combine(missing, "parallax.db")));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void A_folder_is_not_a_database()
    {
        using var db = new TempDatabase();

        var error = Assert.Throws<StoreException>(() => SqliteStore.Open(db.Folder));

        Assert.Contains("folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_path_resolves_against_the_working_folder()
    {
        using var db = new TempDatabase();
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, db.Path);

        using var store = SqliteStore.Open(relative);

        Assert.Equal(db.Path, store.DatabasePath);
        Assert.True(File.Exists(db.Path));
    }
}
