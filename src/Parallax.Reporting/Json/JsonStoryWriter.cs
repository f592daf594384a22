using System.Collections.Immutable;
using System.Text.Json;
using Parallax.Core.Reports;
using Parallax.Core.Text;
using Parallax.Reporting.Model;

namespace Parallax.Reporting.Json;

/// <summary>Writes one story object of the JSON report: the story and every section of its report.</summary>
internal static class JsonStoryWriter
{
    public static void Write(Utf8JsonWriter json, StoryEntry entry)
    {
        var story = entry.Story;
        var report = entry.Report;
        json.WriteStartObject();
        json.WriteString("id", story.Id);
        json.WriteString("title", story.Title);
        json.WriteString("storylineId", story.StorylineId);
        JsonPrimitives.WriteStrings(json, "articleIds", story.ArticleIds);
        JsonPrimitives.WriteStrings(json, "sources", entry.Sources);

        json.WriteStartArray("entities");
        foreach (var entity in report.Entities)
        {
            json.WriteStartObject();
            json.WriteString("name", entity.Name);
            json.WriteString("kind", EnumNames.Of(entity.Kind));
            JsonPrimitives.WriteStrings(json, "aliases", entity.Aliases);
            JsonPrimitives.WriteStrings(json, "roles", entity.Roles);
            JsonPrimitives.WriteStrings(json, "sources", entity.Sources);
            json.WriteNumber("mentions", entity.Mentions);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteQuotes(json, "quotes", report.Quotes);
        WriteQuotes(json, "paraphrases", report.Paraphrases);

        json.WriteStartArray("facts");
        foreach (var fact in report.Facts)
        {
            json.WriteStartObject();
            json.WriteString("text", fact.Text);
            json.WriteBoolean("singleSource", fact.IsSingleSource);
            JsonPrimitives.WriteStrings(json, "sources", fact.Sources);
            JsonPrimitives.WriteStrings(json, "articleIds", fact.ArticleIds);
            json.WriteStartArray("statements");
            foreach (var sentence in fact.Statements)
            {
                JsonPrimitives.WriteSentence(json, sentence);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("conflicts");
        foreach (var conflict in report.Conflicts)
        {
            json.WriteStartObject();
            json.WriteString("about", conflict.About);
            json.WriteStartArray("claims");
            foreach (var claim in conflict.Claims)
            {
                json.WriteStartObject();
                json.WriteString("text", claim.Text);
                json.WriteString("value", claim.Value);
                json.WriteString("source", claim.Source);
                json.WriteString("articleId", claim.ArticleId);
                json.WriteNumber("paragraph", claim.Sentence.Paragraph);
                JsonPrimitives.WriteSpan(json, claim.Sentence.Span);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("quoteVariants");
        foreach (var group in report.QuoteVariants)
        {
            json.WriteStartObject();
            json.WriteString("speaker", group.Speaker);
            json.WriteStartArray("variants");
            foreach (var variant in group.Variants)
            {
                json.WriteStartObject();
                json.WriteString("text", variant.Text);
                json.WriteString("source", variant.Source);
                json.WriteString("articleId", variant.ArticleId);
                WriteDifferences(json, variant.Differences, variant.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("sharedWordings");
        foreach (var wording in report.SharedWordings)
        {
            json.WriteStartObject();
            json.WriteBoolean("verbatim", wording.Verbatim);
            json.WriteString("originArticleId", wording.OriginArticleId);
            json.WriteStartArray("sentences");
            foreach (var copy in wording.Sentences)
            {
                json.WriteStartObject();
                json.WritePropertyName("sentence");
                JsonPrimitives.WriteSentence(json, copy.Sentence);
                WriteDifferences(json, copy.Differences, copy.Sentence.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("voices");
        foreach (var voice in report.Voices)
        {
            json.WriteStartObject();
            json.WriteString("source", voice.Source);
            json.WriteString("speaker", voice.Speaker);
            json.WriteNumber("quotes", voice.Quotes);
            json.WriteNumber("paraphrases", voice.Paraphrases);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("terms");
        foreach (var term in report.Terms)
        {
            json.WriteStartObject();
            json.WriteString("source", term.Source);
            json.WriteString("term", term.Term);
            JsonPrimitives.WriteNumber(json, "zScore", term.ZScore);
            json.WriteNumber("count", term.Count);
            json.WriteStartArray("sentences");
            foreach (var sentence in term.Sentences)
            {
                JsonPrimitives.WriteSentence(json, sentence);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("framing");
        foreach (var word in report.Framing)
        {
            json.WriteStartObject();
            json.WriteString("source", word.Source);
            json.WriteString("word", word.Word);
            json.WriteString("use", EnumNames.Of(word.Use));
            json.WriteNumber("count", word.Count);
            json.WriteStartArray("sentences");
            foreach (var sentence in word.Sentences)
            {
                JsonPrimitives.WriteSentence(json, sentence);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("coverage");
        foreach (var row in report.Coverage)
        {
            json.WriteStartObject();
            json.WriteString("item", row.Item);
            json.WriteString("kind", EnumNames.Of(row.Kind));
            JsonPrimitives.WriteStrings(json, "sources", row.Sources);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("summary");
        foreach (var line in report.Summary)
        {
            json.WriteStartObject();
            json.WriteString("text", line.Text);
            JsonPrimitives.WriteStrings(json, "sources", line.Sources);
            JsonPrimitives.WriteStrings(json, "articleIds", line.ArticleIds);
            json.WritePropertyName("origin");
            JsonPrimitives.WriteSentence(json, line.Origin);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("timeline");
        foreach (var entryLine in report.Timeline)
        {
            json.WriteStartObject();
            json.WriteString("date", entryLine.Date);
            json.WriteString("text", entryLine.Text);
            JsonPrimitives.WriteStrings(json, "sources", entryLine.Sources);
            JsonPrimitives.WriteStrings(json, "articleIds", entryLine.ArticleIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Spans of <paramref name="text"/> (sorted, merged, clamped) with the words they cover.</summary>
    private static void WriteDifferences(Utf8JsonWriter json, ImmutableArray<TextSpan> differences, string text)
    {
        json.WriteStartArray("differences");
        foreach (var span in Spans.Normalize(differences, text.Length))
        {
            json.WriteStartObject();
            JsonPrimitives.WriteSpan(json, span);
            json.WriteString("text", span.Slice(text));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter json, string name, ImmutableArray<QuoteRecord> quotes)
    {
        json.WriteStartArray(name);
        foreach (var quote in quotes)
        {
            json.WriteStartObject();
            json.WriteString("text", quote.Text);
            json.WriteString("speaker", quote.Speaker);
            json.WriteString("kind", EnumNames.Of(quote.Kind));
            json.WriteString("articleId", quote.ArticleId);
            json.WriteString("source", quote.Source);
            json.WriteNumber("paragraph", quote.Paragraph);
            JsonPrimitives.WriteSpan(json, quote.Span);
            json.WriteString("cue", quote.Cue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
