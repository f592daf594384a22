using Microsoft.Data.Sqlite;
using Parallax.Core.Stories;

namespace Parallax.Storage;

/// <summary>
/// Applies a <see cref="StoryGroupingChange"/> inside a write transaction, touching only what changed: a story keeps
/// its row (so its place in the saved order) and gets the members the change lists appended after its last; a storyline keeps its row and gets the stories that joined it as new links, and a story reported
/// under another storyline loses its old link. Links are numbered by their story's <c>seq</c>, so a storyline reads
/// back in story order and its position (the seq of its first story) is its lowest link: nothing is rewritten from a
/// storyline's whole list, so the work of a change follows the change, not the storylines' lengths.
/// </summary>
internal sealed class StoryChangeWriter : IDisposable
{
    private readonly SqliteCommand findStory;
    private readonly SqliteCommand nextMember;
    private readonly SqliteCommand updateStory;
    private readonly SqliteCommand insertStory;
    private readonly SqliteCommand insertStoryMember;
    private readonly SqliteCommand unlinkStory;
    private readonly SqliteCommand findLine;
    private readonly SqliteCommand updateLine;
    private readonly SqliteCommand insertLine;
    private readonly SqliteCommand deleteLine;
    private readonly SqliteCommand linkStory;
    private readonly SqliteCommand placeLine;

    public StoryChangeWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        findStory = SqliteCommands.Create(connection, transaction, "SELECT seq, storyline_id FROM stories WHERE id = $id;", ("$id", SqliteType.Text));
        nextMember = SqliteCommands.Create(
            connection,
            transaction,
            "SELECT coalesce(max(ordinal) + 1, 0) FROM story_articles WHERE story_seq = $seq;",
            ("$seq", SqliteType.Integer));
        updateStory = SqliteCommands.Create(
            connection,
            transaction,
            "UPDATE stories SET title = $title, storyline_id = $storyline_id WHERE seq = $seq;",
            ("$title", SqliteType.Text),
            ("$storyline_id", SqliteType.Text),
            ("$seq", SqliteType.Integer));
        insertStory = StoryStatements.InsertStory(connection, transaction);
        insertStoryMember = StoryStatements.InsertStoryMember(connection, transaction);
        unlinkStory = SqliteCommands.Create(
            connection,
            transaction,
            "DELETE FROM storyline_stories WHERE storyline_seq = (SELECT seq FROM storylines WHERE id = $line) AND ordinal = $seq;",
            ("$line", SqliteType.Text),
            ("$seq", SqliteType.Integer));
        findLine = SqliteCommands.Create(connection, transaction, "SELECT seq FROM storylines WHERE id = $id;", ("$id", SqliteType.Text));
        updateLine = SqliteCommands.Create(
            connection, transaction, "UPDATE storylines SET title = $title WHERE seq = $seq;", ("$title", SqliteType.Text), ("$seq", SqliteType.Integer));
        insertLine = SqliteCommands.Create(
            connection,
            transaction,
            "INSERT INTO storylines (id, title) VALUES ($id, $title) RETURNING seq;",
            ("$id", SqliteType.Text),
            ("$title", SqliteType.Text));
        deleteLine = SqliteCommands.Create(connection, transaction, "DELETE FROM storylines WHERE id = $id;", ("$id", SqliteType.Text));
        linkStory = SqliteCommands.Create(
            connection,
            transaction,
            "INSERT OR REPLACE INTO storyline_stories (storyline_seq, ordinal, story_id) SELECT $line, seq, id FROM stories WHERE id = $story;",
            ("$line", SqliteType.Integer),
            ("$story", SqliteType.Text));
        placeLine = SqliteCommands.Create(
            connection,
            transaction,
            "UPDATE storylines SET position = (SELECT min(ordinal) FROM storyline_stories WHERE storyline_seq = storylines.seq) WHERE id = $id;",
            ("$id", SqliteType.Text));
    }

    public void Apply(StoryGroupingChange change)
    {
        foreach (var id in StoryWriter.OrEmpty(change.RemovedStorylineIds))
        {
            deleteLine.Parameters["$id"].Value = id;
            deleteLine.ExecuteNonQuery();
        }

        // Storylines whose first story may have changed: those reported, and those a story left.
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var story in StoryWriter.OrEmpty(change.Stories))
        {
            if (Upsert(story) is { } left)
            {
                touched.Add(left);
            }
        }

        foreach (var line in StoryWriter.OrEmpty(change.Storylines))
        {
            var seq = UpsertLine(line);
            foreach (var story in StoryWriter.OrEmpty(line.StoryIds))
            {
                linkStory.Parameters["$line"].Value = seq;
                linkStory.Parameters["$story"].Value = story;
                linkStory.ExecuteNonQuery();
            }

            touched.Add(line.Id);
        }

        foreach (var id in touched.Order(StringComparer.Ordinal))
        {
            placeLine.Parameters["$id"].Value = id;
            placeLine.ExecuteNonQuery();
        }
    }

    /// <summary>Inserts or updates a story; returns the storyline it left, or null.</summary>
    private string? Upsert(Story story)
    {
        var members = StoryWriter.OrEmpty(story.ArticleIds);
        findStory.Parameters["$id"].Value = story.Id;
        long seq;
        string? storyline;
        using (var reader = findStory.ExecuteReader())
        {
            (seq, storyline) = reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : (0L, null);
        }

        if (storyline is null)
        {
            insertStory.Parameters["$id"].Value = story.Id;
            insertStory.Parameters["$title"].Value = story.Title;
            insertStory.Parameters["$storyline_id"].Value = story.StorylineId;
            StoryWriter.InsertMembers(insertStoryMember, (long)insertStory.ExecuteScalar()!, members);
            return null;
        }

        updateStory.Parameters["$title"].Value = story.Title;
        updateStory.Parameters["$storyline_id"].Value = story.StorylineId;
        updateStory.Parameters["$seq"].Value = seq;
        updateStory.ExecuteNonQuery();
        if (!members.IsEmpty)
        {
            nextMember.Parameters["$seq"].Value = seq;
            StoryWriter.InsertMembers(insertStoryMember, seq, members, (long)nextMember.ExecuteScalar()!);
        }

        if (storyline == story.StorylineId)
        {
            return null;
        }

        unlinkStory.Parameters["$line"].Value = storyline;
        unlinkStory.Parameters["$seq"].Value = seq;
        unlinkStory.ExecuteNonQuery();
        return storyline;
    }

    /// <summary>Inserts a storyline or updates its title; returns its seq.</summary>
    private long UpsertLine(Storyline line)
    {
        findLine.Parameters["$id"].Value = line.Id;
        if (findLine.ExecuteScalar() is long seq)
        {
            updateLine.Parameters["$title"].Value = line.Title;
            updateLine.Parameters["$seq"].Value = seq;
            updateLine.ExecuteNonQuery();
            return seq;
        }

        insertLine.Parameters["$id"].Value = line.Id;
        insertLine.Parameters["$title"].Value = line.Title;
        return (long)insertLine.ExecuteScalar()!;
    }

    public void Dispose()
    {
        findStory.Dispose();
        nextMember.Dispose();
        updateStory.Dispose();
        insertStory.Dispose();
        insertStoryMember.Dispose();
        unlinkStory.Dispose();
        findLine.Dispose();
        updateLine.Dispose();
        insertLine.Dispose();
        deleteLine.Dispose();
        linkStory.Dispose();
        placeLine.Dispose();
    }
}
