using System.Globalization;
using Microsoft.Data.Sqlite;
using Parallax.Core.Articles;

namespace Parallax.Storage;

/// <summary>
/// Inserts articles inside one write transaction with prepared statements reused across the batch. Not thread-safe:
/// one instance serves one transaction.
/// </summary>
internal sealed class ArticleWriter : IDisposable
{
    private readonly SqliteCommand insertArticle;
    private readonly SqliteCommand insertParagraph;
    private readonly SqliteCommand insertRemoved;
    private readonly SqliteCommand insertCaption;

    public ArticleWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        insertArticle = SqliteCommands.Create(
            connection,
            transaction,
            """
            INSERT INTO articles (id, path, source, source_evidence, title, url, published, author, authors, updated, language, lead_image_caption)
            VALUES ($id, $path, $source, $source_evidence, $title, $url, $published, $author, $authors, $updated, $language, $lead_image_caption)
            ON CONFLICT (id) DO NOTHING
            RETURNING seq;
            """,
            ("$id", SqliteType.Text),
            ("$path", SqliteType.Text),
            ("$source", SqliteType.Text),
            ("$source_evidence", SqliteType.Text),
            ("$title", SqliteType.Text),
            ("$url", SqliteType.Text),
            ("$published", SqliteType.Text),
            ("$author", SqliteType.Text),
            ("$authors", SqliteType.Text),
            ("$updated", SqliteType.Text),
            ("$language", SqliteType.Text),
            ("$lead_image_caption", SqliteType.Text));
        insertParagraph = SqliteCommands.Create(
            connection,
            transaction,
            "INSERT INTO article_paragraphs (article_seq, ordinal, text) VALUES ($seq, $ordinal, $text);",
            ("$seq", SqliteType.Integer),
            ("$ordinal", SqliteType.Integer),
            ("$text", SqliteType.Text));
        insertRemoved = SqliteCommands.Create(
            connection,
            transaction,
            "INSERT INTO article_removed (article_seq, ordinal, text, reason) VALUES ($seq, $ordinal, $text, $reason);",
            ("$seq", SqliteType.Integer),
            ("$ordinal", SqliteType.Integer),
            ("$text", SqliteType.Text),
            ("$reason", SqliteType.Text));
        insertCaption = SqliteCommands.Create(
            connection,
            transaction,
            "INSERT INTO article_captions (article_seq, ordinal, text) VALUES ($seq, $ordinal, $text);",
            ("$seq", SqliteType.Integer),
            ("$ordinal", SqliteType.Integer),
            ("$text", SqliteType.Text));
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> when an article cannot be stored faithfully (a required field or an
    /// array element is null, an enum value is undefined), so a batch is refused before anything is written.
    /// </summary>
    public static void Validate(IReadOnlyList<Article> articles)
    {
        for (var index = 0; index < articles.Count; index++)
        {
            if (FindProblem(articles[index]) is { } problem)
            {
                throw new ArgumentException($"Article #{index} of the batch {problem}; nothing was stored.", nameof(articles));
            }
        }
    }

    private static string? FindProblem(Article? article)
    {
        if (article is null)
        {
            return "is null";
        }

        if (string.IsNullOrEmpty(article.Id))
        {
            return "has no id";
        }

        if (article.Path is null || article.Source is null)
        {
            return $"('{article.Id}') has no path or no source";
        }

        if (!Enum.IsDefined(article.SourceEvidence))
        {
            return $"('{article.Id}') has an undefined source evidence {(int)article.SourceEvidence}";
        }

        foreach (var paragraph in article.Body)
        {
            if (paragraph is null)
            {
                return $"('{article.Id}') has a null body paragraph";
            }
        }

        foreach (var name in article.Authors)
        {
            if (name is null)
            {
                return $"('{article.Id}') has a null author";
            }
        }

        foreach (var caption in article.Captions.IsDefault ? [] : article.Captions)
        {
            if (caption is null)
            {
                return $"('{article.Id}') has a null caption";
            }
        }

        foreach (var block in article.Removed.IsDefault ? [] : article.Removed)
        {
            if (block?.Text is null || !Enum.IsDefined(block.Reason))
            {
                return $"('{article.Id}') has a removed block that is null, has no text or has an undefined reason";
            }
        }

        return null;
    }

    /// <summary>Inserts the article with all its parts; false when an article with its id is already stored.</summary>
    public bool TryInsert(Article article)
    {
        var p = insertArticle.Parameters;
        p["$id"].Value = article.Id;
        p["$path"].Value = article.Path;
        p["$source"].Value = article.Source;
        p["$source_evidence"].Value = StoredEnum.Name(article.SourceEvidence);
        p["$title"].Value = SqliteCommands.OrNull(article.Title);
        p["$url"].Value = SqliteCommands.OrNull(article.Url);
        p["$published"].Value = SqliteCommands.OrNull(article.Published?.ToString("O", CultureInfo.InvariantCulture));
        p["$author"].Value = SqliteCommands.OrNull(article.Author);
        p["$authors"].Value = SqliteCommands.OrNull(StoredNames.Write(article.Authors));
        p["$updated"].Value = SqliteCommands.OrNull(article.Updated?.ToString("O", CultureInfo.InvariantCulture));
        p["$language"].Value = SqliteCommands.OrNull(article.Language);
        p["$lead_image_caption"].Value = SqliteCommands.OrNull(article.LeadImageCaption);
        if (insertArticle.ExecuteScalar() is not long seq)
        {
            return false;
        }

        InsertTexts(insertParagraph, seq, article.Body);
        InsertTexts(insertCaption, seq, article.Captions.IsDefault ? [] : article.Captions);
        var ordinal = 0;
        foreach (var block in article.Removed.IsDefault ? [] : article.Removed)
        {
            insertRemoved.Parameters["$seq"].Value = seq;
            insertRemoved.Parameters["$ordinal"].Value = ordinal++;
            insertRemoved.Parameters["$text"].Value = block.Text;
            insertRemoved.Parameters["$reason"].Value = StoredEnum.Name(block.Reason);
            insertRemoved.ExecuteNonQuery();
        }

        return true;
    }

    public void Dispose()
    {
        insertArticle.Dispose();
        insertParagraph.Dispose();
        insertRemoved.Dispose();
        insertCaption.Dispose();
    }

    private static void InsertTexts(SqliteCommand command, long seq, System.Collections.Immutable.ImmutableArray<string> texts)
    {
        var ordinal = 0;
        foreach (var text in texts)
        {
            command.Parameters["$seq"].Value = seq;
            command.Parameters["$ordinal"].Value = ordinal++;
            command.Parameters["$text"].Value = text;
            command.ExecuteNonQuery();
        }
    }
}
