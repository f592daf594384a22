using System.Collections.Immutable;
using System.Text.Json;
using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Core.Reports;
using Parallax.Core.Stories;
using Parallax.Core.Text;
using Parallax.Reporting.Json;

namespace Parallax.Reporting;

/// <summary>
/// Reads a report written by <see cref="JsonReportWriter"/> back into an <see cref="AnalysisResult"/>, e.g. to
/// render a saved analysis in another format. The documents come back without annotation layers (the JSON does
/// not carry tokens or mentions); everything the writers show survives.
/// </summary>
public static class JsonReportReader
{
    /// <summary>Parses a whole JSON report.</summary>
    /// <exception cref="JsonException">The text is not a Parallax JSON report, or a field is missing or malformed.</exception>
    public static AnalysisResult Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(reader.ReadToEnd());
    }

    /// <inheritdoc cref="Read(TextReader)"/>
    public static AnalysisResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format)
            || format.ValueKind != JsonValueKind.String || format.GetString() != "parallax-report")
        {
            throw new JsonException("Not a Parallax report: the top-level \"format\" must be \"parallax-report\".");
        }

        try
        {
            var documents = Map(root, "articles", e => new Document(ReadArticle(e)));
            var storylines = Map(root, "storylines", e => new Storyline(Str(e, "id"), Str(e, "title"), Strings(e, "storyIds")));
            var duplicates = Map(root, "duplicates", e => new DuplicateLink(Str(e, "articleId"), Str(e, "originalId"), Number(e, "similarity")));
            var reports = Map(root, "stories", ReadStory);
            var problems = Map(root, "problems", e => new InputProblem(Str(e, "path"), Str(e, "reason")));
            var grouping = new StoryGrouping([.. reports.Select(r => r.Story)], storylines, duplicates);
            return new AnalysisResult(documents, grouping, reports, problems);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new JsonException("Malformed Parallax report: " + e.Message, e);
        }
    }

    private static Article ReadArticle(JsonElement e) => new()
    {
        Id = Str(e, "id"),
        Path = Str(e, "path"),
        Source = Str(e, "source"),
        SourceEvidence = JsonEnum<SourceEvidence>.Parse(e, "sourceEvidence"),
        Title = OptionalStr(e, "title"),
        Url = OptionalStr(e, "url"),
        Published = e.GetProperty("published").ValueKind == JsonValueKind.Null ? null : e.GetProperty("published").GetDateTimeOffset(),
        Author = OptionalStr(e, "author"),

        // Reports written before these fields existed lack them; they read as unknown.
        Authors = e.TryGetProperty("authors", out _) ? Strings(e, "authors") : [],
        Updated = OptionalTime(e, "updated"),
        Language = OptionalStr(e, "language"),
        LeadImageCaption = OptionalStr(e, "leadImageCaption"),
        Body = Strings(e, "body"),
        Removed = Map(e, "removed", r => new RemovedBlock(Str(r, "text"), JsonEnum<RemovalReason>.Parse(r, "reason"))),
        Captions = Strings(e, "captions"),
    };

    private static StoryReport ReadStory(JsonElement e)
    {
        var story = new Story(Str(e, "id"), Str(e, "title"), Str(e, "storylineId"), Strings(e, "articleIds"));
        return new StoryReport(story)
        {
            Entities = Map(e, "entities", x => new StoryEntity(
                Str(x, "name"), JsonEnum<EntityKind>.Parse(x, "kind"), Strings(x, "aliases"), Strings(x, "roles"), Strings(x, "sources"), Int(x, "mentions"))),
            Quotes = Map(e, "quotes", ReadQuote),
            Paraphrases = Map(e, "paraphrases", ReadQuote),
            Facts = Map(e, "facts", x => new Fact(Str(x, "text"), Strings(x, "sources"), Strings(x, "articleIds"), Map(x, "statements", ReadSentence))),
            Conflicts = Map(e, "conflicts", x => new Conflict(Str(x, "about"), Map(x, "claims", ReadClaim))),
            QuoteVariants = Map(e, "quoteVariants", x => new QuoteVariantGroup(Str(x, "speaker"), Map(x, "variants", v => new QuoteVariant(
                Str(v, "text"), Str(v, "source"), Str(v, "articleId"), Map(v, "differences", Span))))),
            Voices = Map(e, "voices", x => new Voice(Str(x, "source"), Str(x, "speaker"), Int(x, "quotes"), Int(x, "paraphrases"))),
            Terms = Map(e, "terms", x => new OutletTerm(Str(x, "source"), Str(x, "term"), Number(x, "zScore"), Int(x, "count"), Map(x, "sentences", ReadSentence))),
            Framing = e.TryGetProperty("framing", out _)
                ? Map(e, "framing", x => new FramingWord(Str(x, "source"), Str(x, "word"), JsonEnum<FramingUse>.Parse(x, "use"), Int(x, "count"), Map(x, "sentences", ReadSentence)))
                : [],
            Coverage = Map(e, "coverage", x => new CoverageRow(Str(x, "item"), JsonEnum<CoverageKind>.Parse(x, "kind"), Strings(x, "sources"))),
            Summary = Map(e, "summary", x => new SummarySentence(Str(x, "text"), Strings(x, "sources"), Strings(x, "articleIds"), ReadSentence(x.GetProperty("origin")))),
            Timeline = Map(e, "timeline", x => new TimelineEntry(Str(x, "date"), Str(x, "text"), Strings(x, "sources"), Strings(x, "articleIds"))),

            // Reports written before shared wordings were found lack them.
            SharedWordings = e.TryGetProperty("sharedWordings", out _)
                ? Map(e, "sharedWordings", x => new SharedWording(
                    Map(x, "sentences", c => new SharedSentence(ReadSentence(c.GetProperty("sentence")), Map(c, "differences", Span))),
                    x.GetProperty("verbatim").GetBoolean(),
                    OptionalStr(x, "originArticleId")))
                : [],
        };
    }

    private static QuoteRecord ReadQuote(JsonElement e) => new(
        Str(e, "text"),
        OptionalStr(e, "speaker"),
        JsonEnum<AttributionKind>.Parse(e, "kind"),
        Str(e, "articleId"),
        Str(e, "source"),
        Int(e, "paragraph"),
        Span(e),
        OptionalStr(e, "cue"));

    private static Claim ReadClaim(JsonElement e)
    {
        var sentence = new SourceSentence(Str(e, "articleId"), Str(e, "source"), Int(e, "paragraph"), Span(e), Str(e, "text"));
        return new Claim(sentence.Text, Str(e, "value"), sentence.Source, sentence.ArticleId, sentence);
    }

    private static SourceSentence ReadSentence(JsonElement e) =>
        new(Str(e, "articleId"), Str(e, "source"), Int(e, "paragraph"), Span(e), Str(e, "text"));

    private static TextSpan Span(JsonElement e) => new(Int(e, "start"), Int(e, "length"));

    private static ImmutableArray<T> Map<T>(JsonElement e, string property, Func<JsonElement, T> read)
    {
        var array = e.GetProperty(property);
        var items = ImmutableArray.CreateBuilder<T>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            items.Add(read(item));
        }

        return items.MoveToImmutable();
    }

    private static ImmutableArray<string> Strings(JsonElement e, string property) => Map(e, property, x => x.GetString() ?? "");

    private static string Str(JsonElement e, string property) =>
        e.GetProperty(property).GetString() ?? throw new JsonException($"Property '{property}' must not be null.");

    private static string? OptionalStr(JsonElement e, string property) =>
        e.TryGetProperty(property, out var value) ? value.GetString() : null;

    private static DateTimeOffset? OptionalTime(JsonElement e, string property) =>
        e.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetDateTimeOffset() : null;

    private static int Int(JsonElement e, string property) => e.GetProperty(property).GetInt32();

    /// <summary>A number, or NaN for the null the writer puts in place of a non-finite value.</summary>
    private static double Number(JsonElement e, string property)
    {
        var value = e.GetProperty(property);
        return value.ValueKind == JsonValueKind.Null ? double.NaN : value.GetDouble();
    }
}
