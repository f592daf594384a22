using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Parallax.Core.Stories;

namespace Parallax.Storage;

/// <summary>Reads the stored story grouping back: stories in the order they were first saved, storylines by position.</summary>
internal static class StoryReader
{
    public static StoryGrouping Read(SqliteConnection connection, SqliteTransaction transaction)
    {
        var storyMembers = ReadMembers(connection, transaction, "SELECT story_seq, article_id FROM story_articles ORDER BY story_seq, ordinal;");
        var stories = ImmutableArray.CreateBuilder<Story>();
        using (var command = SqliteCommands.Create(connection, transaction, "SELECT seq, id, title, storyline_id FROM stories ORDER BY seq;"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                stories.Add(new Story(reader.GetString(1), reader.GetString(2), reader.GetString(3), MembersOf(storyMembers, reader.GetInt64(0))));
            }
        }

        var lineMembers = ReadMembers(connection, transaction, "SELECT storyline_seq, story_id FROM storyline_stories ORDER BY storyline_seq, ordinal;");
        var storylines = ImmutableArray.CreateBuilder<Storyline>();
        using (var command = SqliteCommands.Create(connection, transaction, "SELECT seq, id, title FROM storylines ORDER BY position, seq;"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                storylines.Add(new Storyline(reader.GetString(1), reader.GetString(2), MembersOf(lineMembers, reader.GetInt64(0))));
            }
        }

        var duplicates = ImmutableArray.CreateBuilder<DuplicateLink>();
        using (var command = SqliteCommands.Create(connection, transaction, "SELECT article_id, original_id, similarity FROM duplicates ORDER BY seq;"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                duplicates.Add(new DuplicateLink(reader.GetString(0), reader.GetString(1), reader.GetDouble(2)));
            }
        }

        return new StoryGrouping(stories.DrainToImmutable(), storylines.DrainToImmutable(), duplicates.DrainToImmutable());
    }

    /// <summary>The saved state of the streaming story detector, or null when none is saved.</summary>
    public static byte[]? ReadStreamState(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = SqliteCommands.Create(connection, transaction, "SELECT state FROM story_stream_state WHERE id = 1;");
        return command.ExecuteScalar() as byte[];
    }

    private static Dictionary<long, ImmutableArray<string>.Builder> ReadMembers(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var members = new Dictionary<long, ImmutableArray<string>.Builder>();
        using var command = SqliteCommands.Create(connection, transaction, sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var seq = reader.GetInt64(0);
            if (!members.TryGetValue(seq, out var list))
            {
                list = ImmutableArray.CreateBuilder<string>();
                members.Add(seq, list);
            }

            list.Add(reader.GetString(1));
        }

        return members;
    }

    private static ImmutableArray<string> MembersOf(Dictionary<long, ImmutableArray<string>.Builder> members, long seq) =>
        members.TryGetValue(seq, out var list) ? list.DrainToImmutable() : [];
}
