using System.Collections.Immutable;
using System.Text.Json;
using Parallax.Core.Reports;
using Parallax.Core.Text;

namespace Parallax.Reporting.Json;

/// <summary>The small JSON shapes the report repeats: string lists, spans, cited sentences, finite numbers.</summary>
internal static class JsonPrimitives
{
    public static void WriteSentence(Utf8JsonWriter json, SourceSentence sentence)
    {
        json.WriteStartObject();
        json.WriteString("text", sentence.Text);
        json.WriteString("source", sentence.Source);
        json.WriteString("articleId", sentence.ArticleId);
        json.WriteNumber("paragraph", sentence.Paragraph);
        WriteSpan(json, sentence.Span);
        json.WriteEndObject();
    }

    public static void WriteSpan(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteNumber("start", span.Start);
        json.WriteNumber("length", span.Length);
    }

    public static void WriteStrings(Utf8JsonWriter json, string name, ImmutableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values.IsDefault ? [] : values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>JSON has no NaN or infinity; a non-finite score is written as null rather than failing the report.</summary>
    public static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, Math.Round(value, 6));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
