using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Parallax.Core.Articles;

namespace Parallax.Storage;

/// <summary>
/// Reads every stored article back: one query per table, each in (article, ordinal) order, merged by article
/// sequence number, so loading is linear in the amount of stored text.
/// </summary>
internal static class ArticleReader
{
    public static ImmutableArray<Article> ReadAll(SqliteConnection connection, SqliteTransaction transaction, string databasePath)
    {
        var headers = ReadHeaders(connection, transaction);
        var indexBySeq = new Dictionary<long, int>(headers.Count);
        for (var i = 0; i < headers.Count; i++)
        {
            indexBySeq.Add(headers[i].Seq, i);
        }

        var bodies = ReadTexts(connection, transaction, "SELECT article_seq, text FROM article_paragraphs ORDER BY article_seq, ordinal;", indexBySeq, headers.Count);
        var captions = ReadTexts(connection, transaction, "SELECT article_seq, text FROM article_captions ORDER BY article_seq, ordinal;", indexBySeq, headers.Count);
        var removed = ReadRemoved(connection, transaction, indexBySeq, headers.Count, databasePath);

        var articles = ImmutableArray.CreateBuilder<Article>(headers.Count);
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            var evidence = StoredEnum.Parse<SourceEvidence>(header.SourceEvidence)
                ?? throw Unreadable(databasePath, header.Id, $"unknown source evidence '{header.SourceEvidence}'");
            articles.Add(new Article
            {
                Id = header.Id,
                Path = header.Path,
                Source = header.Source,
                SourceEvidence = evidence,
                Title = header.Title,
                Url = header.Url,
                Published = ParseTime(header.Published, header.Id, "publication", databasePath),
                Updated = ParseTime(header.Updated, header.Id, "update", databasePath),
                Author = header.Author,
                Authors = ReadAuthors(header, databasePath),
                Language = header.Language,
                LeadImageCaption = header.LeadImageCaption,
                Body = bodies[i]?.DrainToImmutable() ?? [],
                Removed = removed[i]?.DrainToImmutable() ?? [],
                Captions = captions[i]?.DrainToImmutable() ?? [],
            });
        }

        return articles.MoveToImmutable();
    }

    private static List<ArticleHeader> ReadHeaders(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = SqliteCommands.Create(
            connection,
            transaction,
            "SELECT seq, id, path, source, source_evidence, title, url, published, author, authors, updated, language, lead_image_caption "
            + "FROM articles ORDER BY seq;");
        using var reader = command.ExecuteReader();
        var headers = new List<ArticleHeader>();
        while (reader.Read())
        {
            headers.Add(new ArticleHeader(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                NullableString(reader, 5),
                NullableString(reader, 6),
                NullableString(reader, 7),
                NullableString(reader, 8),
                NullableString(reader, 9),
                NullableString(reader, 10),
                NullableString(reader, 11),
                NullableString(reader, 12)));
        }

        return headers;
    }

    private static ImmutableArray<string>.Builder?[] ReadTexts(
        SqliteConnection connection,
        SqliteTransaction transaction,
        string sql,
        Dictionary<long, int> indexBySeq,
        int count)
    {
        var texts = new ImmutableArray<string>.Builder?[count];
        using var command = SqliteCommands.Create(connection, transaction, sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var index = indexBySeq[reader.GetInt64(0)];
            (texts[index] ??= ImmutableArray.CreateBuilder<string>()).Add(reader.GetString(1));
        }

        return texts;
    }

    private static ImmutableArray<RemovedBlock>.Builder?[] ReadRemoved(
        SqliteConnection connection,
        SqliteTransaction transaction,
        Dictionary<long, int> indexBySeq,
        int count,
        string databasePath)
    {
        var blocks = new ImmutableArray<RemovedBlock>.Builder?[count];
        using var command = SqliteCommands.Create(
            connection,
            transaction,
            "SELECT r.article_seq, r.text, r.reason, a.id FROM article_removed r JOIN articles a ON a.seq = r.article_seq "
            + "ORDER BY r.article_seq, r.ordinal;");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var index = indexBySeq[reader.GetInt64(0)];
            var reasonName = reader.GetString(2);
            var reason = StoredEnum.Parse<RemovalReason>(reasonName)
                ?? throw Unreadable(databasePath, reader.GetString(3), $"unknown removal reason '{reasonName}'");
            (blocks[index] ??= ImmutableArray.CreateBuilder<RemovedBlock>()).Add(new RemovedBlock(reader.GetString(1), reason));
        }

        return blocks;
    }

    private static DateTimeOffset? ParseTime(string? value, string articleId, string what, string databasePath)
    {
        if (value is null)
        {
            return null;
        }

        return DateTimeOffset.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw Unreadable(databasePath, articleId, $"unreadable {what} time '{value}'");
    }

    // Rows from a version 1 store have no authors list: their byline stands as the one author.
    private static ImmutableArray<string> ReadAuthors(ArticleHeader header, string databasePath)
    {
        if (header.Authors is null)
        {
            return header.Author is null ? [] : [header.Author];
        }

        return StoredNames.Read(header.Authors) ?? throw Unreadable(databasePath, header.Id, $"an unreadable authors list '{header.Authors}'");
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static StoreException Unreadable(string databasePath, string articleId, string problem) =>
        new(databasePath, $"stored article '{articleId}' has {problem}; the store was written by another build or damaged.", null);

    private sealed record ArticleHeader(
        long Seq,
        string Id,
        string Path,
        string Source,
        string SourceEvidence,
        string? Title,
        string? Url,
        string? Published,
        string? Author,
        string? Authors,
        string? Updated,
        string? Language,
        string? LeadImageCaption);
}
