using Microsoft.Data.Sqlite;
using Parallax.Core.Stories;

namespace Parallax.Storage;

/// <summary>
/// Applies a <see cref="StoryGroupingChange"/> inside a write transaction, touching only what changed: a story keeps
/// its row (so its place in the saved order) and gets its new members appended, since a streaming detector only ever
/// appends members; a changed storyline is rewritten, ordered by its first story.
/// </summary>
internal sealed class StoryChangeWriter : IDisposable
{
    private readonly SqliteCommand findStory;
    private readonly SqliteCommand countMembers;
    private readonly SqliteCommand updateStory;
    private readonly SqliteCommand insertStory;
    private readonly SqliteCommand insertStoryMember;
    private readonly SqliteCommand deleteLine;
    private readonly SqliteCommand insertLine;
    private readonly SqliteCommand insertLineMember;

    public StoryChangeWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        findStory = SqliteCommands.Create(connection, transaction, "SELECT seq FROM stories WHERE id = $id;", ("$id", SqliteType.Text));
        countMembers = SqliteCommands.Create(
            connection, transaction, "SELECT count(*) FROM story_articles WHERE story_seq = $seq;", ("$seq", SqliteType.Integer));
        updateStory = SqliteCommands.Create(
            connection,
            transaction,
            "UPDATE stories SET title = $title, storyline_id = $storyline_id WHERE seq = $seq;",
            ("$title", SqliteType.Text),
            ("$storyline_id", SqliteType.Text),
            ("$seq", SqliteType.Integer));
        insertStory = StoryStatements.InsertStory(connection, transaction);
        insertStoryMember = StoryStatements.InsertStoryMember(connection, transaction);
        deleteLine = SqliteCommands.Create(connection, transaction, "DELETE FROM storylines WHERE id = $id;", ("$id", SqliteType.Text));
        insertLine = SqliteCommands.Create(
            connection,
            transaction,
            "INSERT INTO storylines (id, title, position) VALUES ($id, $title, (SELECT seq FROM stories WHERE id = $first)) RETURNING seq;",
            ("$id", SqliteType.Text),
            ("$title", SqliteType.Text),
            ("$first", SqliteType.Text));
        insertLineMember = StoryStatements.InsertStorylineMember(connection, transaction);
    }

    public void Apply(StoryGroupingChange change)
    {
        foreach (var story in StoryWriter.OrEmpty(change.Stories))
        {
            Upsert(story);
        }

        foreach (var id in StoryWriter.OrEmpty(change.RemovedStorylineIds))
        {
            deleteLine.Parameters["$id"].Value = id;
            deleteLine.ExecuteNonQuery();
        }

        foreach (var line in StoryWriter.OrEmpty(change.Storylines))
        {
            deleteLine.Parameters["$id"].Value = line.Id;
            deleteLine.ExecuteNonQuery();
            var members = StoryWriter.OrEmpty(line.StoryIds);
            insertLine.Parameters["$id"].Value = line.Id;
            insertLine.Parameters["$title"].Value = line.Title;
            insertLine.Parameters["$first"].Value = members.IsEmpty ? DBNull.Value : members[0];
            var seq = (long)insertLine.ExecuteScalar()!;
            StoryWriter.InsertMembers(insertLineMember, seq, members);
        }
    }

    private void Upsert(Story story)
    {
        var members = StoryWriter.OrEmpty(story.ArticleIds);
        findStory.Parameters["$id"].Value = story.Id;
        if (findStory.ExecuteScalar() is long seq)
        {
            updateStory.Parameters["$title"].Value = story.Title;
            updateStory.Parameters["$storyline_id"].Value = story.StorylineId;
            updateStory.Parameters["$seq"].Value = seq;
            updateStory.ExecuteNonQuery();
            countMembers.Parameters["$seq"].Value = seq;
            var stored = (int)(long)countMembers.ExecuteScalar()!;
            StoryWriter.InsertMembers(insertStoryMember, seq, members, Math.Min(stored, members.Length));
            return;
        }

        insertStory.Parameters["$id"].Value = story.Id;
        insertStory.Parameters["$title"].Value = story.Title;
        insertStory.Parameters["$storyline_id"].Value = story.StorylineId;
        StoryWriter.InsertMembers(insertStoryMember, (long)insertStory.ExecuteScalar()!, members);
    }

    public void Dispose()
    {
        findStory.Dispose();
        countMembers.Dispose();
        updateStory.Dispose();
        insertStory.Dispose();
        insertStoryMember.Dispose();
        deleteLine.Dispose();
        insertLine.Dispose();
        insertLineMember.Dispose();
    }
}
