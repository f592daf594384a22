using System.Collections.Immutable;
using Parallax.Core.Annotations;
using Parallax.Core.Articles;
using Parallax.Core.Reports;
using Parallax.Core.Stories;
using Parallax.Core.Text;

namespace Parallax.Reporting.Tests;

/// <summary>A hand-built analysis: two outlets and a syndicated copy in one story with every section filled, one input problem.</summary>
internal static class ReportFixture
{
    public const string Alpha = "Alpha Daily";
    public const string Beta = "Beta | News";
    public const string Gamma = "Gamma Wire";
    public const string HostileTitle = "Talks stall <script>alert('x')</script> | day 3";

    public static Article ArticleA { get; } = new()
    {
        Id = "a1b2c3d4e5f60718",
        Path = "in/alpha.txt",
        Source = Alpha,
        Title = HostileTitle,
        Url = "https://alpha.example/talks",
        Published = new DateTimeOffset(2025, 9, 12, 10, 30, 0, TimeSpan.Zero),
        Authors = ["Jane Roe", "Sam Poe"],
        Updated = new DateTimeOffset(2025, 9, 13, 7, 0, 0, TimeSpan.FromHours(2)),
        Language = "en",
        LeadImageCaption = "Delegates at the table.",
        Body =
        [
            "The talks stalled on Friday, officials said.",
            "The war is in its fourth year, the ministry said.",
            "\u201cWe are ready to meet at any time,\u201d the spokeswoman said.",
            "The minister said the delegation would return next week.",
        ],
        Removed = [new RemovedBlock("Advertisement", RemovalReason.Advertisement), new RemovedBlock("Support our journalism today", RemovalReason.Donation)],
        Captions = ["Delegates arrive for the talks. Photo: Agency"],
    };

    public static Article ArticleB { get; } = new()
    {
        Id = "b1b2c3d4e5f60718",
        Path = "in/beta.txt",
        Source = Beta,
        Title = "Negotiations at a standstill",
        Body =
        [
            "Negotiations came to a standstill on Friday.",
            "The war, now in its third year, has killed thousands.",
            "\u201cWe are prepared to meet at any moment,\u201d the spokeswoman said.",
            "The minister said the delegation would come back next week.",
        ],
    };

    public static Article ArticleC { get; } = ArticleA with
    {
        Id = "c1b2c3d4e5f60718",
        Path = "in/gamma.txt",
        Source = Gamma,
        Title = "Talks stall",
        Author = null,
        Removed = [],
        Captions = [],
    };

    public static AnalysisResult Create()
    {
        var story = new Story("s0001", "Talks stall", "l0001", [ArticleA.Id, ArticleB.Id, ArticleC.Id]);
        var a0 = Sentence(ArticleA, 0, ArticleA.Body[0]);
        var a1 = Sentence(ArticleA, 1, ArticleA.Body[1]);
        var a3 = Sentence(ArticleA, 3, ArticleA.Body[3]);
        var b0 = Sentence(ArticleB, 0, ArticleB.Body[0]);
        var b1 = Sentence(ArticleB, 1, ArticleB.Body[1]);
        var b3 = Sentence(ArticleB, 3, ArticleB.Body[3]);
        var quoteA = "We are ready to meet at any time,";
        var quoteB = "We are prepared to meet at any moment,";
        var variants = new QuoteVariantGroup("Anna Example", [
            new QuoteVariant(quoteA, Alpha, ArticleA.Id, [Word(quoteA, "ready"), Word(quoteA, "time")]),
            new QuoteVariant(quoteB, Beta, ArticleB.Id, [Word(quoteB, "prepared"), Word(quoteB, "moment")]),
        ]);
        var report = new StoryReport(story)
        {
            Entities = [new StoryEntity("Anna Example", EntityKind.Person, ["Example"], ["spokeswoman"], [Alpha, Beta], 3)],
            Quotes =
            [
                Quote(ArticleA, 2, quoteA, "Anna Example", AttributionKind.Direct),
                Quote(ArticleB, 2, quoteB, "Anna Example", AttributionKind.Direct),
            ],
            Paraphrases = [Quote(ArticleA, 3, "the delegation would return next week", "the minister", AttributionKind.Indirect)],
            Facts =
            [
                new Fact("The talks stalled on Friday.", [Alpha, Beta], [ArticleA.Id, ArticleB.Id], [a0, b0]),
                new Fact(a3.Text, [Alpha], [ArticleA.Id], [a3]),
            ],
            Conflicts =
            [
                new Conflict("length of the war", [
                    new Claim(a1.Text, "fourth year", Alpha, ArticleA.Id, a1),
                    new Claim(b1.Text, "third year", Beta, ArticleB.Id, b1),
                ]),
            ],
            QuoteVariants = [variants],
            SharedWordings =
            [
                new SharedWording(
                    [new SharedSentence(a3, [Word(a3.Text, "return")]), new SharedSentence(b3, [Word(b3.Text, "come back")])],
                    Verbatim: false,
                    OriginArticleId: ArticleA.Id),
            ],
            Voices = [new Voice(Alpha, "Anna Example", 1, 0), new Voice(Beta, "Anna Example", 1, 0), new Voice(Alpha, "the minister", 0, 1)],
            Terms = [new OutletTerm(Alpha, "stalled", 2.5, 1, [a0]), new OutletTerm(Beta, "standstill", 2.25, 1, [b0])],
            Framing =
            [
                new FramingWord(Alpha, "claimed", FramingUse.EvaluativeAttributionVerb, 1, [a1]),
                new FramingWord(Beta, "stalled", FramingUse.LoadedOwnVoice, 2, [b0]),
            ],
            Coverage =
            [
                new CoverageRow("Anna Example", CoverageKind.Person, [Alpha, Beta]),
                new CoverageRow("the minister", CoverageKind.Voice, [Alpha]),
                new CoverageRow(a3.Text, CoverageKind.Fact, [Alpha]),
            ],
            Summary =
            [
                new SummarySentence(a0.Text, [Alpha, Beta], [ArticleA.Id, ArticleB.Id], a0),
                new SummarySentence(b1.Text, [Beta], [ArticleB.Id], b1),
            ],
            Timeline = [new TimelineEntry("2025-09-12", a0.Text, [Alpha, Gamma], [ArticleA.Id, ArticleC.Id])],
        };
        var grouping = new StoryGrouping(
            [story],
            [new Storyline("l0001", "Peace talks", [story.Id])],
            [new DuplicateLink(ArticleC.Id, ArticleA.Id, 0.97)]);
        return new AnalysisResult(
            [new Document(ArticleA), new Document(ArticleB), new Document(ArticleC)],
            grouping,
            [report],
            [new InputProblem("feed.jsonl:12", "the record has no body text")]);
    }

    public static SourceSentence Sentence(Article article, int paragraph, string text)
    {
        var start = article.Text.IndexOf(text, StringComparison.Ordinal);
        Assert.True(start >= 0, "fixture sentence must be in its article");
        return new SourceSentence(article.Id, article.Source, paragraph, new TextSpan(start, text.Length), text);
    }

    private static QuoteRecord Quote(Article article, int paragraph, string text, string speaker, AttributionKind kind)
    {
        var start = article.Text.IndexOf(text, StringComparison.Ordinal);
        return new QuoteRecord(text, speaker, kind, article.Id, article.Source, paragraph, new TextSpan(start, text.Length), "said");
    }

    private static TextSpan Word(string text, string word) => new(text.IndexOf(word, StringComparison.Ordinal), word.Length);

    public static string Render(IReportWriter writer, AnalysisResult result)
    {
        using var output = new StringWriter();
        writer.Write(result, output);
        return output.ToString();
    }
}
