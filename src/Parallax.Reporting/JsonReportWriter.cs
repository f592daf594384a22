using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Core.Articles;
using Parallax.Core.Reports;
using Parallax.Reporting.Json;
using Parallax.Reporting.Model;

namespace Parallax.Reporting;

/// <summary>
/// The machine-readable report: camelCase, indented JSON with enums as lower-case strings, in the result's own
/// order. The schema is documented in <c>docs/json-schema.md</c>.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    /// <summary>The schema version written as <c>version</c>; raised when a field changes meaning or goes away.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The file is read by programs and people, not embedded in HTML: keep non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "json";

    public string FileExtension => ".json";

    public void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var index = new ReportIndex(result);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            WriteReport(json, index, () => Drain(json, buffer, writer));
            Drain(json, buffer, writer);
        }

        writer.Write('\n');
    }

    /// <summary>
    /// Moves what has been written so far to <paramref name="writer"/>, so a large report is never held twice in
    /// memory. The JSON writer flushes whole tokens, so the bytes always end on a character boundary.
    /// </summary>
    private static void Drain(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, TextWriter writer)
    {
        json.Flush();
        writer.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }

    private static void WriteReport(Utf8JsonWriter json, ReportIndex index, Action drain)
    {
        json.WriteStartObject();
        json.WriteString("format", "parallax-report");
        json.WriteNumber("version", SchemaVersion);
        json.WriteStartObject("counts");
        json.WriteNumber("articles", index.Articles.Length);
        json.WriteNumber("sources", index.Sources.Length);
        json.WriteNumber("stories", index.Stories.Length);
        json.WriteNumber("storylines", index.Result.Grouping.Storylines.Length);
        json.WriteNumber("duplicates", index.Result.Grouping.Duplicates.Length);
        json.WriteNumber("problems", index.Result.Problems.Length);
        json.WriteEndObject();

        json.WriteStartArray("articles");
        foreach (var article in index.Articles)
        {
            WriteArticle(json, article, index);
            drain();
        }

        json.WriteEndArray();

        json.WriteStartArray("storylines");
        foreach (var line in index.Result.Grouping.Storylines)
        {
            json.WriteStartObject();
            json.WriteString("id", line.Id);
            json.WriteString("title", line.Title);
            JsonPrimitives.WriteStrings(json, "storyIds", line.StoryIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("stories");
        foreach (var story in index.Stories)
        {
            JsonStoryWriter.Write(json, story);
            drain();
        }

        json.WriteEndArray();

        json.WriteStartArray("duplicates");
        foreach (var link in index.Result.Grouping.Duplicates)
        {
            json.WriteStartObject();
            json.WriteString("articleId", link.ArticleId);
            json.WriteString("originalId", link.OriginalId);
            JsonPrimitives.WriteNumber(json, "similarity", link.Similarity);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("problems");
        foreach (var problem in index.Result.Problems)
        {
            json.WriteStartObject();
            json.WriteString("path", problem.Path);
            json.WriteString("reason", problem.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter json, Article article, ReportIndex index)
    {
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("path", article.Path);
        json.WriteString("source", article.Source);
        json.WriteString("sourceEvidence", EnumNames.Of(article.SourceEvidence));
        json.WriteString("title", article.Title);
        json.WriteString("url", article.Url);
        if (article.Published is { } published)
        {
            json.WriteString("published", published);
        }
        else
        {
            json.WriteNull("published");
        }

        json.WriteString("author", article.Author);
        JsonPrimitives.WriteStrings(json, "authors", article.Authors);
        if (article.Updated is { } updated)
        {
            json.WriteString("updated", updated);
        }
        else
        {
            json.WriteNull("updated");
        }

        json.WriteString("language", article.Language);
        json.WriteString("leadImageCaption", article.LeadImageCaption);
        json.WriteString("duplicateOf", index.CopyOf(article.Id)?.OriginalId);
        JsonPrimitives.WriteStrings(json, "body", article.Body);
        json.WriteStartArray("removed");
        foreach (var block in article.Removed)
        {
            json.WriteStartObject();
            json.WriteString("text", block.Text);
            json.WriteString("reason", EnumNames.Of(block.Reason));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        JsonPrimitives.WriteStrings(json, "captions", article.Captions);
        json.WriteEndObject();
    }
}
