using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Core.Annotations;
using Parallax.Core.Text;

namespace Parallax.Cli;

/// <summary>Writes annotated documents as JSON: every layer with half-open character offsets into <c>text</c>.</summary>
public static class AnnotationJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="documents"/> as <c>{"documents": [...]}</c>.</summary>
    public static void Write(IEnumerable<Document> documents, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(writer);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("documents");
            foreach (var document in documents)
            {
                WriteDocument(json, document);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        writer.WriteLine();
    }

    private static void WriteDocument(Utf8JsonWriter json, Document document)
    {
        var article = document.Article;
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("path", article.Path);
        json.WriteString("source", article.Source);
        json.WriteString("title", article.Title);
        json.WriteString("published", article.Published?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("text", document.Text);

        json.WriteStartArray("sentences");
        foreach (var sentence in document.Sentences)
        {
            json.WriteStartObject();
            WriteSpan(json, sentence.Span);
            json.WriteNumber("paragraph", sentence.Paragraph);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("tokens");
        foreach (var token in document.Tokens)
        {
            json.WriteStartObject();
            WriteSpan(json, token.Span);
            json.WriteString("norm", token.Norm);
            json.WriteNumber("sentence", token.Sentence);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("entities");
        foreach (var entity in document.Entities)
        {
            json.WriteStartObject();
            json.WriteString("id", entity.Id);
            json.WriteString("name", entity.Name);
            json.WriteString("kind", Lower(entity.Kind));
            WriteStrings(json, "aliases", entity.Aliases);
            WriteStrings(json, "roles", entity.Roles);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("mentions");
        foreach (var mention in document.Mentions)
        {
            json.WriteStartObject();
            WriteSpanWithText(json, document, mention.Span);
            json.WriteString("kind", Lower(mention.Kind));
            json.WriteString("entityId", mention.EntityId);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        WriteAttributions(json, document, "quotes", a => a.Kind != AttributionKind.Indirect);
        WriteAttributions(json, document, "paraphrases", a => a.Kind == AttributionKind.Indirect);

        json.WriteStartArray("timeExpressions");
        foreach (var time in document.TimeExpressions)
        {
            json.WriteStartObject();
            WriteSpanWithText(json, document, time.Span);
            json.WriteString("type", Lower(time.Type));
            json.WriteString("value", time.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteAttributions(Utf8JsonWriter json, Document document, string name, Func<Attribution, bool> include)
    {
        json.WriteStartArray(name);
        foreach (var attribution in document.Attributions.Where(include))
        {
            json.WriteStartObject();
            json.WriteString("kind", Lower(attribution.Kind));
            json.WritePropertyName("content");
            WriteSpanObject(json, document, attribution.Content);
            json.WritePropertyName("cue");
            WriteSpanObject(json, document, attribution.Cue);
            json.WritePropertyName("speakerSpan");
            WriteSpanObject(json, document, attribution.SourceSpan);
            json.WriteString("speaker", attribution.Speaker);
            json.WriteString("speakerEntityId", attribution.SpeakerEntityId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSpanObject(Utf8JsonWriter json, Document document, TextSpan? span)
    {
        if (span is not { } value)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        WriteSpanWithText(json, document, value);
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteNumber("start", span.Start);
        json.WriteNumber("length", span.Length);
    }

    private static void WriteSpanWithText(Utf8JsonWriter json, Document document, TextSpan span)
    {
        WriteSpan(json, span);
        json.WriteString("text", document.Slice(span));
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
