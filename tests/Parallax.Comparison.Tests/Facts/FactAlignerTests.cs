using Parallax.Comparison.Facts;
using Parallax.Comparison.Tests.Text;
using Parallax.Core.Pipeline;

namespace Parallax.Comparison.Tests.Facts;

public sealed class FactAlignerTests
{
    private static readonly Parallax.Core.Annotations.Document[] Paraphrases =
    [
        TestDocuments.FromParagraphs(
            "Alpha News",
            "Heavy storms hit the coast overnight.",
            "The health ministry announced on Monday that the new vaccine trial in Lagos would be delayed by two months."),
        TestDocuments.FromParagraphs(
            "Beta Times",
            "A two-month delay to the Lagos vaccine trial was announced by the health ministry on Monday.",
            "Farmers in the region expect a poor harvest this autumn."),
        TestDocuments.FromParagraphs(
            "Gamma Post",
            "Officials at the health ministry told reporters Monday that the vaccine trial in Lagos has been delayed two months.",
            "The local football club won its third straight match."),
    ];

    [Fact]
    public void Paraphrases_from_three_outlets_are_one_fact()
    {
        var facts = new FactAligner().Align(Paraphrases);

        var top = facts[0];
        Assert.Equal(["Alpha News", "Beta Times", "Gamma Post"], top.Sources.ToArray());
        Assert.Equal(3, top.ArticleIds.Length);
        Assert.Equal(3, top.Statements.Length);
        Assert.All(top.Statements, s => Assert.Contains("vaccine trial", s.Text, StringComparison.Ordinal));
        Assert.False(top.IsSingleSource);
        Assert.Contains(top.Text, top.Statements.Select(s => s.Text));
    }

    [Fact]
    public void Unmatched_sentences_are_single_source_facts_after_shared_ones()
    {
        var facts = new FactAligner().Align(Paraphrases);

        Assert.Equal(4, facts.Length);
        Assert.All(facts.Skip(1), f => Assert.True(f.IsSingleSource));
        Assert.Equal(["Alpha News", "Beta Times", "Gamma Post"], facts.Skip(1).Select(f => f.Sources[0]));
    }

    [Fact]
    public void Statements_point_at_their_paragraph_and_text()
    {
        var facts = new FactAligner().Align(Paraphrases);
        var byId = Paraphrases.ToDictionary(d => d.Article.Id);
        foreach (var statement in facts.SelectMany(f => f.Statements))
        {
            var document = byId[statement.ArticleId];
            Assert.Equal(statement.Text, document.Slice(statement.Span));
            Assert.Equal(document.Article.ParagraphAt(statement.Span.Start), statement.Paragraph);
            Assert.Equal(document.Article.Source, statement.Source);
        }
    }

    [Fact]
    public void An_outlet_contributes_one_sentence_per_fact()
    {
        var a = TestDocuments.FromParagraphs(
            "Alpha News",
            "The central bank raised interest rates by half a point on Thursday.",
            "On Thursday the central bank raised its interest rates by half a point, officials said.");
        var b = TestDocuments.FromParagraphs("Beta Times", "Interest rates were raised by half a point by the central bank on Thursday.");

        var facts = new FactAligner().Align([a, b]);

        var shared = Assert.Single(facts, f => f.Sources.Length == 2);
        Assert.Equal(2, shared.Statements.Length);
        Assert.Equal(2, shared.Statements.Select(s => s.Source).Distinct().Count());
    }

    [Fact]
    public void Sentences_that_share_only_whom_they_name_are_different_facts()
    {
        var a = TestDocuments.FromParagraphs(
            "Alpha News",
            "Harbour Authority chairman Tomas Verhoeven of the Northern Ports Council said on Monday that the Kessington Harbour Authority would reopen the pier.");
        var b = TestDocuments.FromParagraphs(
            "Beta Times",
            "Tomas Verhoeven, chairman of the Kessington Harbour Authority and the Northern Ports Council, was not available for comment on Monday.");

        var facts = new FactAligner().Align([a, b]);

        Assert.All(facts, f => Assert.Single(f.Sources));
    }

    [Fact]
    public void A_paraphrase_that_names_the_same_people_and_says_the_same_is_one_fact()
    {
        var a = TestDocuments.FromParagraphs(
            "Alpha News",
            "Tomas Verhoeven of the Kessington Harbour Authority said on Monday that the damaged pier would reopen to ferries next week.");
        var b = TestDocuments.FromParagraphs(
            "Beta Times",
            "The damaged pier will reopen to ferries next week, Tomas Verhoeven of the Kessington Harbour Authority said Monday.");

        var facts = new FactAligner().Align([a, b]);

        Assert.Single(facts, f => f.Sources.Length == 2);
    }

    [Fact]
    public void Headlines_and_captions_are_not_facts()
    {
        var a = TestDocuments.FromParagraphs("Alpha News", "Bank Raises Rates Again", "The central bank raised interest rates by half a point on Thursday.");
        var facts = new FactAligner().Align([a]);
        Assert.DoesNotContain(facts, f => f.Text == "Bank Raises Rates Again");
    }

    [Fact]
    public void Seed_story_aligns_the_Peskov_quote_of_two_outlets_and_keeps_the_attribution()
    {
        var documents = new[] { "000", "001", "003" }.Select(TestDocuments.Seed).ToArray();
        var facts = new FactAligner().Align(documents);

        var peskov = Assert.Single(facts, f => f.Statements.Any(s => s.Text.Contains("stalemate", StringComparison.Ordinal)));
        Assert.Contains(peskov.Statements, s => s.Source == "outlet003" && s.Text.Contains("pause", StringComparison.Ordinal));
        Assert.Contains("Peskov", peskov.Text, StringComparison.Ordinal);
        Assert.True(facts.Select(f => f.Sources.Length).SequenceEqual(facts.Select(f => f.Sources.Length).OrderDescending()));
    }

    [Fact]
    public void Analyzer_fills_the_report_section()
    {
        var context = TestDocuments.Story(Paraphrases);
        var report = new FactAligner().Analyze(context, new Parallax.Core.Reports.StoryReport(context.Story));
        Assert.Equal(4, report.Facts.Length);
    }

    [Fact]
    public void Pipeline_extensions_add_the_analyzers_in_order()
    {
        var builder = new ParallaxPipelineBuilder().UseFacts().UseConflicts().UseQuoteVariants().UseSummary();
        Assert.Equal(["facts", "conflicts", "quote-variants", "summary"], builder.StoryAnalyzers.Select(a => a.Name));
    }
}
