using System.Text.Json;
using Parallax.Extraction.Metadata;

namespace Parallax.Extraction.Json;

/// <summary>
/// Reads articles from JSON records with the fields title, text or html, source, url, published, updated, author
/// or authors, language, leadImageCaption (a few common aliases too). "text" goes through the text cleaner, "html" through the HTML extractor.
/// </summary>
internal static class JsonArticleReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>A .json file: one object (path = the file) or an array of objects (path = file:N, N from 1).</summary>
    public static List<ArticleReadResult> ReadDocument(string path, string json)
    {
        var results = new List<ArticleReadResult>();
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in root.EnumerateArray())
                {
                    index++;
                    results.Add(ReadRecord($"{path}:{index}", item));
                }

                if (index == 0)
                {
                    results.Add(ArticleReadResult.Failure(path, "empty JSON array: no articles"));
                }
            }
            else
            {
                results.Add(ReadRecord(path, root));
            }
        }
        catch (JsonException e)
        {
            results.Add(ArticleReadResult.Failure(path, $"malformed JSON ({Describe(e)})"));
        }

        return results;
    }

    /// <summary>A .jsonl file: one object per non-blank line (path = file:LINE); a bad line fails alone.</summary>
    public static List<ArticleReadResult> ReadLines(string path, string text)
    {
        var results = new List<ArticleReadResult>();
        var lineNumber = 0;
        var position = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            lineNumber++;
            var line = text.AsSpan(position, end - position).Trim();
            position = end + 1;
            if (line.IsEmpty)
            {
                continue;
            }

            var recordPath = $"{path}:{lineNumber}";
            try
            {
                using var document = JsonDocument.Parse(line.ToString(), Options);
                results.Add(ReadRecord(recordPath, document.RootElement));
            }
            catch (JsonException e)
            {
                results.Add(ArticleReadResult.Failure(recordPath, $"malformed JSON line ({Describe(e)})"));
            }
        }

        if (results.Count == 0)
        {
            results.Add(ArticleReadResult.Failure(path, "no JSON records in file"));
        }

        return results;
    }

    private static ArticleReadResult ReadRecord(string path, JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return ArticleReadResult.Failure(path, $"expected a JSON object, found {record.ValueKind.ToString().ToLowerInvariant()}");
        }

        var declared = new DeclaredMetadata
        {
            Title = JsonFields.Text(record, "title") ?? JsonFields.Text(record, "headline"),
            Source = JsonFields.Names(record, "source") ?? JsonFields.Names(record, "outlet") ?? JsonFields.Names(record, "publisher"),
            Url = JsonFields.Text(record, "url") ?? JsonFields.Text(record, "link"),
            Published = JsonFields.Text(record, "published") ?? JsonFields.Text(record, "date")
                ?? JsonFields.Text(record, "published_at") ?? JsonFields.Text(record, "datePublished"),
            Updated = JsonFields.Text(record, "updated") ?? JsonFields.Text(record, "modified") ?? JsonFields.Text(record, "dateModified"),
            Author = JsonFields.Names(record, "author") ?? JsonFields.Names(record, "authors") ?? JsonFields.Names(record, "byline"),
            Language = JsonFields.Text(record, "language") ?? JsonFields.Text(record, "lang") ?? JsonFields.Text(record, "inLanguage"),
            LeadImageCaption = JsonFields.Text(record, "leadImageCaption"),
        }.Normalized();

        var text = JsonFields.Text(record, "text") ?? JsonFields.Text(record, "body") ?? JsonFields.Text(record, "content");
        if (text is not null)
        {
            return ArticleBuilder.FromText(path, text, declared);
        }

        var html = JsonFields.Text(record, "html");
        return html is not null
            ? ArticleBuilder.FromHtml(path, html, declared)
            : ArticleReadResult.Failure(path, "record has neither a \"text\" nor an \"html\" field");
    }

    private static string Describe(JsonException e) =>
        e.BytePositionInLine is { } column ? $"{FirstSentence(e.Message)} at byte {column + 1}" : FirstSentence(e.Message);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }
}
