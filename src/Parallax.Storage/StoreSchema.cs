namespace Parallax.Storage;

/// <summary>
/// The database layout. The file is marked as Parallax's with <c>PRAGMA application_id</c> and versioned with
/// <c>PRAGMA user_version</c>; <see cref="Migrations"/>[i] takes a database from version i to i + 1.
/// </summary>
internal static class StoreSchema
{
    /// <summary>"PRLX" in ASCII: tells a Parallax database apart from any other SQLite file.</summary>
    public const int ApplicationId = 0x50524C58;

    /// <summary>The schema version this build writes and reads.</summary>
    public static int CurrentVersion => Migrations.Length;

    /// <summary>DDL steps; step i upgrades version i to i + 1. Never edit a released step: append a new one.</summary>
    public static readonly string[] Migrations =
    [
        """
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
        CREATE TABLE article_paragraphs (
            article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
            ordinal     INTEGER NOT NULL,
            text        TEXT NOT NULL,
            PRIMARY KEY (article_seq, ordinal)
        ) WITHOUT ROWID;
        CREATE TABLE article_removed (
            article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
            ordinal     INTEGER NOT NULL,
            text        TEXT NOT NULL,
            reason      TEXT NOT NULL,
            PRIMARY KEY (article_seq, ordinal)
        ) WITHOUT ROWID;
        CREATE TABLE article_captions (
            article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
            ordinal     INTEGER NOT NULL,
            text        TEXT NOT NULL,
            PRIMARY KEY (article_seq, ordinal)
        ) WITHOUT ROWID;
        CREATE TABLE stories (
            seq          INTEGER PRIMARY KEY,
            id           TEXT NOT NULL UNIQUE,
            title        TEXT NOT NULL,
            storyline_id TEXT NOT NULL
        );
        CREATE TABLE story_articles (
            story_seq  INTEGER NOT NULL REFERENCES stories (seq) ON DELETE CASCADE,
            ordinal    INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            PRIMARY KEY (story_seq, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX story_articles_by_article ON story_articles (article_id);
        CREATE TABLE storylines (
            seq   INTEGER PRIMARY KEY,
            id    TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL
        );
        CREATE TABLE storyline_stories (
            storyline_seq INTEGER NOT NULL REFERENCES storylines (seq) ON DELETE CASCADE,
            ordinal       INTEGER NOT NULL,
            story_id      TEXT NOT NULL,
            PRIMARY KEY (storyline_seq, ordinal)
        ) WITHOUT ROWID;
        CREATE TABLE duplicates (
            seq         INTEGER PRIMARY KEY,
            article_id  TEXT NOT NULL,
            original_id TEXT NOT NULL,
            similarity  REAL NOT NULL
        );
        """,

        // Version 2: article metadata. authors is a JSON array of names (NULL when there are none); updated is
        // ISO 8601 ("O") like published; language a BCP 47 primary subtag.
        """
        ALTER TABLE articles ADD COLUMN authors TEXT;
        ALTER TABLE articles ADD COLUMN updated TEXT;
        ALTER TABLE articles ADD COLUMN language TEXT;
        ALTER TABLE articles ADD COLUMN lead_image_caption TEXT;
        """,

        // Version 3: incremental story updates. position orders storylines (the seq of their first story when written
        // by a streaming update; the saved order when a whole grouping is saved); story_stream_state holds the one
        // saved state of the streaming story detector, written in the transaction of the batch it follows.
        """
        ALTER TABLE storylines ADD COLUMN position INTEGER;
        UPDATE storylines SET position = seq;
        CREATE TABLE story_stream_state (
            id    INTEGER PRIMARY KEY CHECK (id = 1),
            state BLOB NOT NULL
        );
        """,
    ];
}
