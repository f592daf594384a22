using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Parallax.Core.Stories;

namespace Parallax.Storage;

/// <summary>Replaces the stored story grouping inside one write transaction.</summary>
internal static class StoryWriter
{
    /// <summary>
    /// Throws <see cref="ArgumentException"/> when the grouping holds a null story, storyline, link, id or title, so
    /// nothing is written for a grouping that cannot be stored faithfully.
    /// </summary>
    public static void Validate(StoryGrouping grouping)
    {
        foreach (var story in OrEmpty(grouping.Stories))
        {
            if (story?.Id is null || story.Title is null || story.StorylineId is null || OrEmpty(story.ArticleIds).Contains(null!))
            {
                throw new ArgumentException("The grouping has a null story, or a story with a null id, title, storyline or article id.", nameof(grouping));
            }
        }

        foreach (var line in OrEmpty(grouping.Storylines))
        {
            if (line?.Id is null || line.Title is null || OrEmpty(line.StoryIds).Contains(null!))
            {
                throw new ArgumentException("The grouping has a null storyline, or a storyline with a null id, title or story id.", nameof(grouping));
            }
        }

        foreach (var link in OrEmpty(grouping.Duplicates))
        {
            if (link?.ArticleId is null || link.OriginalId is null)
            {
                throw new ArgumentException("The grouping has a null duplicate link or one with a null article id.", nameof(grouping));
            }
        }
    }

    public static void Replace(SqliteConnection connection, SqliteTransaction transaction, StoryGrouping grouping)
    {
        // Children first: the cascade would do it, but explicit deletes keep the statement count independent of size.
        SqliteCommands.Execute(
            connection,
            transaction,
            "DELETE FROM story_articles; DELETE FROM stories; DELETE FROM storyline_stories; DELETE FROM storylines; DELETE FROM duplicates; "
            + "DELETE FROM story_stream_state;");

        var seqs = WriteStories(connection, transaction, OrEmpty(grouping.Stories));
        WriteStorylines(connection, transaction, OrEmpty(grouping.Storylines), seqs);
        WriteDuplicates(connection, transaction, OrEmpty(grouping.Duplicates));
    }

    /// <summary>Writes the stories in order and returns each one's seq by id.</summary>
    private static Dictionary<string, long> WriteStories(SqliteConnection connection, SqliteTransaction transaction, ImmutableArray<Story> stories)
    {
        using var insertStory = StoryStatements.InsertStory(connection, transaction);
        using var insertMember = StoryStatements.InsertStoryMember(connection, transaction);
        var seqs = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var story in stories)
        {
            insertStory.Parameters["$id"].Value = story.Id;
            insertStory.Parameters["$title"].Value = story.Title;
            insertStory.Parameters["$storyline_id"].Value = story.StorylineId;
            var seq = (long)insertStory.ExecuteScalar()!;
            seqs.TryAdd(story.Id, seq);
            InsertMembers(insertMember, seq, OrEmpty(story.ArticleIds));
        }

        return seqs;
    }

    /// <summary>
    /// Writes the storylines. A stream's grouping (every storyline lists stored stories in their saved order) is
    /// written as <see cref="StoryChangeWriter"/> keeps it, so later changes continue it: links numbered by their
    /// story's seq and each storyline placed at its first story's. Any other grouping keeps its storylines' order and
    /// lists as given.
    /// </summary>
    private static void WriteStorylines(
        SqliteConnection connection, SqliteTransaction transaction, ImmutableArray<Storyline> storylines, Dictionary<string, long> seqs)
    {
        using var insertLine = SqliteCommands.Create(
            connection,
            transaction,
            "INSERT INTO storylines (id, title, position) VALUES ($id, $title, $position) RETURNING seq;",
            ("$id", SqliteType.Text),
            ("$title", SqliteType.Text),
            ("$position", SqliteType.Integer));
        using var insertMember = StoryStatements.InsertStorylineMember(connection, transaction);
        var bySeq = storylines.All(line => IsInSavedOrder(OrEmpty(line.StoryIds), seqs));
        var position = 0L;
        foreach (var line in storylines)
        {
            var members = OrEmpty(line.StoryIds);
            insertLine.Parameters["$id"].Value = line.Id;
            insertLine.Parameters["$title"].Value = line.Title;
            insertLine.Parameters["$position"].Value = bySeq && !members.IsEmpty ? seqs[members[0]] : position;
            position++;
            var seq = (long)insertLine.ExecuteScalar()!;
            if (bySeq)
            {
                foreach (var member in members)
                {
                    InsertMember(insertMember, seq, seqs[member], member);
                }
            }
            else
            {
                InsertMembers(insertMember, seq, members);
            }
        }
    }

    private static bool IsInSavedOrder(ImmutableArray<string> storyIds, Dictionary<string, long> seqs)
    {
        var previous = long.MinValue;
        foreach (var id in storyIds)
        {
            if (!seqs.TryGetValue(id, out var seq) || seq <= previous)
            {
                return false;
            }

            previous = seq;
        }

        return true;
    }

    internal static void WriteDuplicates(SqliteConnection connection, SqliteTransaction transaction, ImmutableArray<DuplicateLink> links)
    {
        using var insert = SqliteCommands.Create(
            connection,
            transaction,
            "INSERT INTO duplicates (article_id, original_id, similarity) VALUES ($article_id, $original_id, $similarity);",
            ("$article_id", SqliteType.Text),
            ("$original_id", SqliteType.Text),
            ("$similarity", SqliteType.Real));
        foreach (var link in links)
        {
            insert.Parameters["$article_id"].Value = link.ArticleId;
            insert.Parameters["$original_id"].Value = link.OriginalId;
            insert.Parameters["$similarity"].Value = link.Similarity;
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Inserts the members at ordinals from <paramref name="firstOrdinal"/> on.</summary>
    internal static void InsertMembers(SqliteCommand insertMember, long seq, ImmutableArray<string> members, long firstOrdinal = 0)
    {
        var ordinal = firstOrdinal;
        foreach (var member in members)
        {
            InsertMember(insertMember, seq, ordinal++, member);
        }
    }

    private static void InsertMember(SqliteCommand insertMember, long seq, long ordinal, string member)
    {
        insertMember.Parameters["$seq"].Value = seq;
        insertMember.Parameters["$ordinal"].Value = ordinal;
        insertMember.Parameters["$member"].Value = member;
        insertMember.ExecuteNonQuery();
    }

    internal static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
