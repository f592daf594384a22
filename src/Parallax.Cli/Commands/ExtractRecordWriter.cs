using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Core.Articles;

namespace Parallax.Cli.Commands;

/// <summary>
/// Writes one extraction record per article as it comes: <c>json</c> (one array, closed on dispose), <c>jsonl</c>
/// (one compact object per line) or <c>text</c> (a labelled block per article). Not thread-safe.
/// </summary>
internal sealed class ExtractRecordWriter(TextWriter destination, string format) : IDisposable
{
    /// <summary>The formats the writer knows.</summary>
    public static readonly string[] Formats = ["json", "jsonl", "text"];

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private int count;

    /// <summary>Writes <paramref name="article"/>'s record.</summary>
    public void Write(Article article)
    {
        switch (format)
        {
            case "json":
                destination.Write(count == 0 ? "[\n" : ",\n");
                destination.Write(Indent(Json(article, Indented)));
                break;
            case "jsonl":
                destination.Write(Json(article, Compact));
                destination.Write('\n');
                break;
            default:
                WriteText(article);
                break;
        }

        count++;
    }

    /// <summary>Closes the JSON array (an empty one when no article was written) and flushes.</summary>
    public void Dispose()
    {
        if (format == "json")
        {
            destination.Write(count == 0 ? "[]\n" : "\n]\n");
        }

        destination.Flush();
    }

    private static string Json(Article article, JsonWriterOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("path", article.Path);
            json.WriteString("url", article.Url);
            json.WriteString("source", article.Source);
            json.WriteString("title", article.Title);
            json.WriteStartArray("authors");
            foreach (var author in article.Authors)
            {
                json.WriteStringValue(author);
            }

            json.WriteEndArray();
            WriteTime(json, "published", article.Published);
            WriteTime(json, "updated", article.Updated);
            json.WriteString("language", article.Language);
            json.WriteString("leadImageCaption", article.LeadImageCaption);
            WriteDateline(json, article.Dateline);
            json.WriteString("body", article.Text);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            json.WriteString(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteDateline(Utf8JsonWriter json, Dateline? dateline)
    {
        if (dateline is null)
        {
            json.WriteNull("dateline");
            return;
        }

        json.WriteStartObject("dateline");
        json.WriteString("place", dateline.Place);
        json.WriteString("agency", dateline.Agency);
        json.WriteNumber("start", dateline.Span.Start);
        json.WriteNumber("length", dateline.Span.Length);
        json.WriteEndObject();
    }

    // The array's items are indented one level.
    private static string Indent(string json) => "  " + json.Replace("\n", "\n  ", StringComparison.Ordinal);

    private void WriteText(Article article)
    {
        if (count > 0)
        {
            destination.Write('\n');
        }

        destination.Write($"=== {article.Path}\n");
        Field("Title", article.Title);
        Field("Source", article.Source);
        Field("URL", article.Url);
        Field("Authors", article.Authors.IsEmpty ? null : string.Join("; ", article.Authors));
        Field("Published", article.Published?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        Field("Updated", article.Updated?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        Field("Language", article.Language);
        Field("Lead image", article.LeadImageCaption);
        Field("Dateline", article.Dateline is { } dateline ? dateline.Span.Slice(article.Text) : null);
        destination.Write('\n');
        destination.Write(article.Text);
        destination.Write('\n');
    }

    private void Field(string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            destination.Write($"{label + ":",-12}{value}\n");
        }
    }
}
