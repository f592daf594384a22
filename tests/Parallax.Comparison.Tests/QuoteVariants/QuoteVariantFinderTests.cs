using System.Collections.Immutable;
using Parallax.Comparison.QuoteVariants;
using Parallax.Comparison.Tests.Text;
using Parallax.Core.Annotations;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Tests.QuoteVariants;

public sealed class QuoteVariantFinderTests
{
    private const string LongQuote = "We will not sign any agreement that gives away our land, and we will keep talking to our partners";
    private const string ShortQuote = "We will not sign an agreement that gives away land, but we keep talking with partners";

    private static Document Quoted(string source, string quote, AttributionKind kind, string speaker) =>
        TestDocuments.WithQuote(
            TestDocuments.FromParagraphs(source, $"“{quote},” {speaker} told reporters on Tuesday."), quote, kind, speaker);

    private static string Marked(QuoteVariant variant) =>
        string.Join("|", variant.Differences.Select(d => d.Slice(variant.Text)));

    [Fact]
    public void Seed_Peskov_pause_and_stalemate_are_one_statement_with_the_differences_marked()
    {
        var first = TestDocuments.WithQuote(
            TestDocuments.Seed("000"),
            "Our negotiators have the opportunity to communicate through channels… But at the moment, it’s probably more accurate to speak of a stalemate in the negotiations",
            AttributionKind.Direct,
            "Dmitry Peskov");
        first = TestDocuments.WithQuote(first, "Putin’s goal is to occupy all Ukraine,", AttributionKind.Direct, "Volodymyr Zelensky");
        var second = TestDocuments.WithQuote(
            TestDocuments.Seed("003"),
            "Negotiators remain in contact, but for now it is probably more accurate to speak of a pause,",
            AttributionKind.Direct,
            "Dmitry Peskov");
        second = TestDocuments.WithQuote(
            second, "You shouldn’t wear rose-tinted glasses and expect lightning-fast results,", AttributionKind.Direct, "Peskov");

        var groups = new QuoteVariantFinder().Find([first, TestDocuments.Seed("001"), second], []);

        var group = Assert.Single(groups);
        Assert.Equal("Dmitry Peskov", group.Speaker);
        Assert.Equal(["outlet000", "outlet003"], group.Variants.Select(v => v.Source));
        Assert.Contains("stalemate", Marked(group.Variants[0]), StringComparison.Ordinal);
        Assert.Contains("pause", Marked(group.Variants[1]), StringComparison.Ordinal);
        Assert.DoesNotContain("accurate", Marked(group.Variants[0]), StringComparison.Ordinal);
        Assert.DoesNotContain("accurate", Marked(group.Variants[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void Differences_are_the_words_the_other_variant_lacks()
    {
        var groups = new QuoteVariantFinder().Find(
            [Quoted("A", LongQuote, AttributionKind.Direct, "Maria Lopez"), Quoted("B", ShortQuote, AttributionKind.Partial, "Lopez")],
            []);

        var group = Assert.Single(groups);
        Assert.Equal("any|our|and|will|to our", Marked(group.Variants[0]));
        Assert.Equal("an|but|with", Marked(group.Variants[1]));
    }

    [Fact]
    public void Transliterated_speaker_names_match()
    {
        var groups = new QuoteVariantFinder().Find(
            [Quoted("A", LongQuote, AttributionKind.Direct, "Volodymyr Zelenskiy"), Quoted("B", ShortQuote, AttributionKind.Direct, "Zelensky")],
            []);
        Assert.Single(groups);
    }

    [Fact]
    public void Speakers_map_through_story_entities()
    {
        var entities = ImmutableArray.Create(
            new StoryEntity("Maria Lopez", EntityKind.Person, ["the foreign minister"], ["foreign minister"], ["A", "B"], 4));
        var groups = new QuoteVariantFinder().Find(
            [Quoted("A", LongQuote, AttributionKind.Direct, "Maria Lopez"), Quoted("B", ShortQuote, AttributionKind.Direct, "the foreign minister")],
            entities);

        Assert.Equal("Maria Lopez", Assert.Single(groups).Speaker);
    }

    [Fact]
    public void Different_speakers_indirect_speech_and_one_outlet_are_not_variants()
    {
        var finder = new QuoteVariantFinder();
        Assert.Empty(finder.Find(
            [Quoted("A", LongQuote, AttributionKind.Direct, "Maria Lopez"), Quoted("B", ShortQuote, AttributionKind.Direct, "Ivan Petrov")], []));
        Assert.Empty(finder.Find(
            [Quoted("A", LongQuote, AttributionKind.Direct, "Maria Lopez"), Quoted("B", ShortQuote, AttributionKind.Indirect, "Maria Lopez")], []));
        Assert.Empty(finder.Find(
            [Quoted("A", LongQuote, AttributionKind.Direct, "Maria Lopez"), Quoted("A", ShortQuote, AttributionKind.Direct, "Maria Lopez")], []));
    }

    [Fact]
    public void Unrelated_quotes_of_one_speaker_and_identical_quotes_are_not_variant_groups()
    {
        var finder = new QuoteVariantFinder();
        Assert.Empty(finder.Find(
            [
                Quoted("A", LongQuote, AttributionKind.Direct, "Maria Lopez"),
                Quoted("B", "The harvest this year was the best in a decade for our farmers", AttributionKind.Direct, "Maria Lopez"),
            ],
            []));
        Assert.Empty(finder.Find(
            [Quoted("A", LongQuote, AttributionKind.Direct, "Maria Lopez"), Quoted("B", LongQuote, AttributionKind.Direct, "Lopez")], []));
    }

    [Fact]
    public void Analyzer_reads_report_entities_and_fills_its_section()
    {
        var context = TestDocuments.Story(
            [Quoted("A", LongQuote, AttributionKind.Direct, "Maria Lopez"), Quoted("B", ShortQuote, AttributionKind.Direct, "Lopez")]);
        var report = new QuoteVariantFinder().Analyze(context, new StoryReport(context.Story));
        Assert.Equal(2, Assert.Single(report.QuoteVariants).Variants.Length);
    }
}
