using Parallax.Comparison.Quotes;
using Parallax.Core.Annotations;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Tests.Quotes;

public sealed class QuoteCollectorTests
{
    private static readonly StoryEntity Minister = new(
        "Anna Kowalska", EntityKind.Person, ["Kowalska", "Minister Kowalska"], ["foreign minister"], ["Daily", "Herald"], 4);

    [Fact]
    public void Puts_direct_and_partial_quotes_apart_from_paraphrases()
    {
        var document = FixtureDocument.Create(
                "Daily",
                "The minister spoke on Monday.",
                "\u201CWe will not sign,\u201D Kowalska said. She called the offer \u201Can insult\u201D to voters.",
                "Kowalska said the talks would resume in May.")
            .Says(AttributionKind.Direct, "We will not sign,", "Kowalska", cue: "said")
            .Says(AttributionKind.Partial, "an insult", "Kowalska", cue: "called")
            .Says(AttributionKind.Indirect, "the talks would resume in May", "Kowalska")
            .Build();

        var report = new QuoteCollector().Analyze(FixtureDocument.Story(document), Report(document));

        Assert.Equal(["We will not sign,", "an insult"], report.Quotes.Select(q => q.Text));
        Assert.Equal([AttributionKind.Direct, AttributionKind.Partial], report.Quotes.Select(q => q.Kind));
        Assert.Equal([1, 1], report.Quotes.Select(q => q.Paragraph));
        Assert.Equal(["said", "called"], report.Quotes.Select(q => q.Cue));
        var paraphrase = Assert.Single(report.Paraphrases);
        Assert.Equal("the talks would resume in May", paraphrase.Text);
        Assert.Equal(AttributionKind.Indirect, paraphrase.Kind);
        Assert.Equal(2, paraphrase.Paragraph);
        Assert.Null(paraphrase.Cue);
        Assert.Equal("the talks would resume in May", document.Slice(paraphrase.Span));
        Assert.All(report.Quotes, q => Assert.Equal("Daily", q.Source));
        Assert.All(report.Quotes, q => Assert.Equal(document.Article.Id, q.ArticleId));
    }

    [Fact]
    public void Gives_one_speaker_one_name_across_outlets_through_the_story_entities()
    {
        var daily = FixtureDocument.Create("Daily", "\u201CNo deal yet,\u201D Kowalska said.")
            .Says(AttributionKind.Direct, "No deal yet,", "Kowalska")
            .Build();
        var herald = FixtureDocument.Create("Herald", "\u201CNo deal,\u201D said MINISTER KOWALSKA.")
            .Says(AttributionKind.Direct, "No deal,", "MINISTER KOWALSKA")
            .Build();
        var wire = FixtureDocument.Create("Wire", "\u201CSoon,\u201D said Anna Kowalska.")
            .Says(AttributionKind.Direct, "Soon,", "Anna Kowalska")
            .Build();

        var report = new QuoteCollector().Analyze(
            FixtureDocument.Story(daily, herald, wire),
            Report(daily, herald, wire) with { Entities = [Minister] });

        Assert.Equal(["Anna Kowalska", "Anna Kowalska", "Anna Kowalska"], report.Quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Resolves_through_the_documents_entity_when_the_attributed_name_is_not_a_story_form()
    {
        var document = FixtureDocument.Create("Daily", "\u201CNo,\u201D she said.")
            .Entity("e1", "Anna K.", EntityKind.Person, "Kowalska")
            .Says(AttributionKind.Direct, "No,", "she", entityId: "e1")
            .Build();

        var report = new QuoteCollector().Analyze(
            FixtureDocument.Story(document),
            Report(document) with { Entities = [Minister] });

        Assert.Equal("Anna Kowalska", Assert.Single(report.Quotes).Speaker);
    }

    [Fact]
    public void Keeps_the_attributed_name_without_story_entities_or_when_an_alias_is_ambiguous()
    {
        var document = FixtureDocument.Create("Daily", "\u201CYes,\u201D Novak said. \u201CNo,\u201D Smith said.")
            .Says(AttributionKind.Direct, "Yes,", "Novak")
            .Says(AttributionKind.Direct, "No,", "Smith")
            .Build();
        var context = FixtureDocument.Story(document);
        StoryEntity[] entities =
        [
            new("John Smith", EntityKind.Person, ["Smith"], [], ["Daily"], 1),
            new("Jane Smith", EntityKind.Person, ["Smith"], [], ["Daily"], 1),
        ];

        var unlinked = new QuoteCollector().Analyze(context, Report(document));
        var linked = new QuoteCollector().Analyze(context, Report(document) with { Entities = [.. entities] });

        Assert.Equal(["Novak", "Smith"], unlinked.Quotes.Select(q => q.Speaker));
        Assert.Equal(["Novak", "Smith"], linked.Quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Unknown_speakers_stay_null()
    {
        var document = FixtureDocument.Create("Daily", "A banner read \u201Cpeace now\u201D.")
            .Says(AttributionKind.Partial, "peace now", null)
            .Build();

        var report = new QuoteCollector().Analyze(FixtureDocument.Story(document), Report(document) with { Entities = [Minister] });

        Assert.Null(Assert.Single(report.Quotes).Speaker);
    }

    [Fact]
    public void Orders_by_article_then_position_whatever_order_the_attributions_come_in()
    {
        var first = FixtureDocument.Create("Herald", "\u201COne,\u201D A said. \u201CTwo,\u201D B said.")
            .Says(AttributionKind.Direct, "Two,", "B")
            .Says(AttributionKind.Direct, "One,", "A")
            .Build();
        var second = FixtureDocument.Create("Daily", "\u201CThree,\u201D C said.")
            .Says(AttributionKind.Direct, "Three,", "C")
            .Build();

        var report = new QuoteCollector().Analyze(FixtureDocument.Story(first, second), Report(first, second));

        Assert.Equal(["One,", "Two,", "Three,"], report.Quotes.Select(q => q.Text));
        Assert.Equal(["Herald", "Herald", "Daily"], report.Quotes.Select(q => q.Source));
    }

    [Fact]
    public void Finds_the_story_entity_after_a_title_but_not_across_a_preposition()
    {
        var document = FixtureDocument.Create(
                "Daily",
                "\u201CNo,\u201D said the Polish foreign minister Anna Kowalska. \u201CYes,\u201D said an aide to Kowalska.")
            .Says(AttributionKind.Direct, "No,", "the Polish foreign minister Anna Kowalska")
            .Says(AttributionKind.Direct, "Yes,", "an aide to Kowalska")
            .Build();

        var report = new QuoteCollector().Analyze(
            FixtureDocument.Story(document),
            Report(document) with { Entities = [Minister] });

        Assert.Equal(["Anna Kowalska", "an aide to Kowalska"], report.Quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Lists_every_marked_quote_of_the_seed_articles_where_it_stands()
    {
        var seeds = FixtureDocument.Seeds();
        var context = FixtureDocument.Story([.. seeds]);

        var report = new QuoteCollector().Analyze(context, new StoryReport(context.Story));

        Assert.NotEmpty(report.Quotes);
        Assert.Equal(seeds.Sum(d => d.Attributions.Length), report.Quotes.Length);
        Assert.Empty(report.Paraphrases);
        var byId = seeds.ToDictionary(d => d.Article.Id);
        foreach (var quote in report.Quotes)
        {
            var document = byId[quote.ArticleId];
            Assert.Equal(quote.Text, document.Slice(quote.Span));
            Assert.True(document.Article.ParagraphSpans[quote.Paragraph].Contains(quote.Span));
            Assert.Equal(document.Article.Source, quote.Source);
        }

        var order = report.Quotes.Select(q => (Document: seeds.IndexOf(byId[q.ArticleId]), q.Span.Start)).ToList();
        Assert.Equal(order.OrderBy(o => o.Document).ThenBy(o => o.Start), order);
    }

    internal static StoryReport Report(params Document[] documents) =>
        new(FixtureDocument.Story(documents).Story);
}
