using Microsoft.Data.Sqlite;

namespace Parallax.Storage;

/// <summary>
/// The insert statements both story writers use (<see cref="StoryWriter"/> writes a whole grouping,
/// <see cref="StoryChangeWriter"/> applies a change), so the two cannot drift apart in columns or parameters.
/// </summary>
internal static class StoryStatements
{
    /// <summary>Inserts a story (<c>$id</c>, <c>$title</c>, <c>$storyline_id</c>) and returns its <c>seq</c>.</summary>
    public static SqliteCommand InsertStory(SqliteConnection connection, SqliteTransaction transaction) =>
        SqliteCommands.Create(
            connection,
            transaction,
            "INSERT INTO stories (id, title, storyline_id) VALUES ($id, $title, $storyline_id) RETURNING seq;",
            ("$id", SqliteType.Text),
            ("$title", SqliteType.Text),
            ("$storyline_id", SqliteType.Text));

    /// <summary>Inserts an article of a story (<c>$seq</c>, <c>$ordinal</c>, <c>$member</c>).</summary>
    public static SqliteCommand InsertStoryMember(SqliteConnection connection, SqliteTransaction transaction) =>
        Member(connection, transaction, "INSERT INTO story_articles (story_seq, ordinal, article_id) VALUES ($seq, $ordinal, $member);");

    /// <summary>Inserts a story of a storyline (<c>$seq</c>, <c>$ordinal</c>, <c>$member</c>).</summary>
    public static SqliteCommand InsertStorylineMember(SqliteConnection connection, SqliteTransaction transaction) =>
        Member(connection, transaction, "INSERT INTO storyline_stories (storyline_seq, ordinal, story_id) VALUES ($seq, $ordinal, $member);");

    private static SqliteCommand Member(SqliteConnection connection, SqliteTransaction transaction, string sql) =>
        SqliteCommands.Create(connection, transaction, sql, ("$seq", SqliteType.Integer), ("$ordinal", SqliteType.Integer), ("$member", SqliteType.Text));
}
