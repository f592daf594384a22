using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Core.Articles;
using Parallax.Core.Reports;
using Parallax.Core.Text;
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
            WriteStrings(json, "storyIds", line.StoryIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("stories");
        foreach (var story in index.Stories)
        {
            WriteStory(json, story);
            drain();
        }

        json.WriteEndArray();

        json.WriteStartArray("duplicates");
        foreach (var link in index.Result.Grouping.Duplicates)
        {
            json.WriteStartObject();
            json.WriteString("articleId", link.ArticleId);
            json.WriteString("originalId", link.OriginalId);
            WriteNumber(json, "similarity", link.Similarity);
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
        json.WriteString("duplicateOf", index.CopyOf(article.Id)?.OriginalId);
        WriteStrings(json, "body", article.Body);
        json.WriteStartArray("removed");
        foreach (var block in article.Removed)
        {
            json.WriteStartObject();
            json.WriteString("text", block.Text);
            json.WriteString("reason", EnumNames.Of(block.Reason));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "captions", article.Captions);
        json.WriteEndObject();
    }

    private static void WriteStory(Utf8JsonWriter json, StoryEntry entry)
    {
        var story = entry.Story;
        var report = entry.Report;
        json.WriteStartObject();
        json.WriteString("id", story.Id);
        json.WriteString("title", story.Title);
        json.WriteString("storylineId", story.StorylineId);
        WriteStrings(json, "articleIds", story.ArticleIds);
        WriteStrings(json, "sources", entry.Sources);

        json.WriteStartArray("entities");
        foreach (var entity in report.Entities)
        {
            json.WriteStartObject();
            json.WriteString("name", entity.Name);
            json.WriteString("kind", EnumNames.Of(entity.Kind));
            WriteStrings(json, "aliases", entity.Aliases);
            WriteStrings(json, "roles", entity.Roles);
            WriteStrings(json, "sources", entity.Sources);
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
            WriteStrings(json, "sources", fact.Sources);
            WriteStrings(json, "articleIds", fact.ArticleIds);
            json.WriteStartArray("statements");
            foreach (var sentence in fact.Statements)
            {
                WriteSentence(json, sentence);
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
                WriteSpan(json, claim.Sentence.Span);
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
                json.WriteStartArray("differences");
                foreach (var span in Spans.Normalize(variant.Differences, variant.Text.Length))
                {
                    json.WriteStartObject();
                    WriteSpan(json, span);
                    json.WriteString("text", span.Slice(variant.Text));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
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
            WriteNumber(json, "zScore", term.ZScore);
            json.WriteNumber("count", term.Count);
            json.WriteStartArray("sentences");
            foreach (var sentence in term.Sentences)
            {
                WriteSentence(json, sentence);
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
            WriteStrings(json, "sources", row.Sources);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("summary");
        foreach (var line in report.Summary)
        {
            json.WriteStartObject();
            json.WriteString("text", line.Text);
            WriteStrings(json, "sources", line.Sources);
            WriteStrings(json, "articleIds", line.ArticleIds);
            json.WritePropertyName("origin");
            WriteSentence(json, line.Origin);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("timeline");
        foreach (var entryLine in report.Timeline)
        {
            json.WriteStartObject();
            json.WriteString("date", entryLine.Date);
            json.WriteString("text", entryLine.Text);
            WriteStrings(json, "sources", entryLine.Sources);
            WriteStrings(json, "articleIds", entryLine.ArticleIds);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
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
            WriteSpan(json, quote.Span);
            json.WriteString("cue", quote.Cue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSentence(Utf8JsonWriter json, SourceSentence sentence)
    {
        json.WriteStartObject();
        json.WriteString("text", sentence.Text);
        json.WriteString("source", sentence.Source);
        json.WriteString("articleId", sentence.ArticleId);
        json.WriteNumber("paragraph", sentence.Paragraph);
        WriteSpan(json, sentence.Span);
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteNumber("start", span.Start);
        json.WriteNumber("length", span.Length);
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, ImmutableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values.IsDefault ? [] : values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>JSON has no NaN or infinity; a non-finite score is written as null rather than failing the report.</summary>
    private static void WriteNumber(Utf8JsonWriter json, string name, double value)
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
