using Parallax.Comparison.Terms;
using Parallax.Comparison.Tests.Quotes;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;

namespace Parallax.Comparison.Tests.Terms;

public sealed class TermScorerTests
{
    // The hand computations below use the story's own counts as the prior (PriorScale 1).
    private static readonly TermScorerOptions Everything = new()
    {
        PriorScale = 1.0,
        MinZScore = double.NegativeInfinity,
        MaxTermsPerOutlet = 1000,
        IncludeBigrams = false,
    };

    [Fact]
    public void Scores_a_word_as_computed_by_hand()
    {
        // Ten content words each; "regime" 3 of 10 against 1 of 10, prior = story counts: alpha = 4, alpha0 = 20,
        // the case worked by hand in InformativeDirichletLogOddsTests: z = 0.717037.
        var context = FixtureDocument.Story(
            Outlet("Alpha", "Regime tanks regime roads regime bridges fields rivers hills towns."),
            Outlet("Beta", "Government tanks regime roads ports bridges fields rivers hills towns."));

        var terms = Score(context, Everything);

        var regime = Term(terms, "Alpha", "regime");
        Assert.Equal(0.717037, regime.ZScore, 6);
        Assert.Equal(3, regime.Count);
        Assert.Equal(-0.717037, Term(terms, "Beta", "regime").ZScore, 6);
        Assert.Equal(0, Term(terms, "Alpha", "tanks").ZScore, 12);
    }

    [Fact]
    public void Gives_no_term_for_a_word_every_outlet_uses_alike()
    {
        var context = FixtureDocument.Story(
            Outlet("Alpha", "Ceasefire talks. Ceasefire hopes. Harbour ferry tariff pier quay dock."),
            Outlet("Beta", "Ceasefire plans. Ceasefire fears. Meadow orchard barn silo field lane."),
            Outlet("Gamma", "Ceasefire deal. Ceasefire rows. Summit valley ridge cliff slope peak."));

        var everything = Score(context, Everything);
        var significant = Score(context, TermScorerOptions.Default);

        Assert.All(["Alpha", "Beta", "Gamma"], source => Assert.Equal(0, Term(everything, source, "ceasefire").ZScore, 12));
        Assert.Empty(significant);
    }

    [Fact]
    public void Lists_an_over_represented_word_with_the_sentences_behind_it()
    {
        var alpha = Outlet("Alpha", "Junta council. Junta budget. Junta harbour.", "Junta ferry. Junta tariff. Junta pier.");
        var context = FixtureDocument.Story(
            alpha,
            Outlet("Beta", "Council budget harbour ferry tariff pier. Council budget harbour ferry tariff pier."),
            Outlet("Gamma", "Council budget harbour ferry tariff pier. Council budget harbour ferry tariff pier."));

        var terms = Score(context, TermScorerOptions.Default with { IncludeBigrams = false, PriorScale = 1.0 });

        // yi = 6 of 12, yj = 0 of 24, alpha = 6, alpha0 = 36: delta = ln(12/36) - ln(6/54) = 1.098612, sd = 0.5.
        var junta = Assert.Single(terms);
        Assert.Equal("Alpha", junta.Source);
        Assert.Equal("Junta", junta.Term);
        Assert.Equal(6, junta.Count);
        Assert.Equal(2.197225, junta.ZScore, 6);
        Assert.Equal(6, junta.Sentences.Length);
        Assert.All(junta.Sentences, s => Assert.StartsWith("Junta ", s.Text, StringComparison.Ordinal));
        Assert.All(junta.Sentences, s => Assert.Equal(s.Text, alpha.Slice(s.Span)));
        Assert.All(junta.Sentences, s => Assert.Equal(alpha.Article.Id, s.ArticleId));
        Assert.Equal([0, 0, 0, 1, 1, 1], junta.Sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Gives_no_terms_for_a_single_outlet()
    {
        var context = FixtureDocument.Story(
            Outlet("Alpha", "Junta junta junta council."),
            Outlet("Alpha", "Junta budget harbour ferry."));

        Assert.Empty(Score(context, Everything));
    }

    [Fact]
    public void Leaves_out_a_word_the_outlet_only_quotes()
    {
        const string Paragraph = "\u201CButchers butchers butchers butchers butchers butchers,\u201D Novak said.";
        var quoted = FixtureDocument.Create("Alpha", Paragraph)
            .Says(AttributionKind.Direct, "Butchers butchers butchers butchers butchers butchers,", "Novak")
            .Build();
        var unmarked = FixtureDocument.Create("Alpha", Paragraph).Build();
        var beta = Outlet("Beta", "Council budget harbour ferry tariff pier. Council budget harbour ferry tariff pier.");
        var gamma = Outlet("Gamma", "Council budget harbour ferry tariff pier. Council budget harbour ferry tariff pier.");
        var options = TermScorerOptions.Default with { IncludeBigrams = false };

        var fromQuote = Score(FixtureDocument.Story(quoted, beta, gamma), options);
        var fromOwnVoice = Score(FixtureDocument.Story(unmarked, beta, gamma), options);

        Assert.DoesNotContain(fromQuote, t => t.Term.Equals("butchers", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(fromOwnVoice, t => t.Source == "Alpha" && t.Term == "butchers" && t.Count == 6);
    }

    [Fact]
    public void Lists_a_word_pair_instead_of_its_words_when_they_only_occur_together()
    {
        var alpha = Outlet(
            "Alpha",
            "Special operation continues. Special operation widens. Special operation ends. Special operation stalls.",
            "Special operation grows. Special operation slows. Special operation resumes. Special operation pauses.");
        var filler = string.Join(" ", Enumerable.Repeat("Council budget harbour ferry.", 4));
        var beta = Outlet("Beta", filler);
        var gamma = Outlet("Gamma", filler);
        var context = FixtureDocument.Story(alpha, beta, gamma);

        var withoutPairs = Score(context, TermScorerOptions.Default with { IncludeBigrams = false });
        var withPairs = Score(context, TermScorerOptions.Default);

        Assert.Contains(withoutPairs, t => t.Term == "Special");
        Assert.Contains(withoutPairs, t => t.Term == "operation");
        var pair = Assert.Single(withPairs, t => t.Source == "Alpha");
        Assert.Equal("Special operation", pair.Term);
        Assert.Equal(8, pair.Count);
        Assert.True(pair.ZScore >= 1.96);
    }

    [Fact]
    public void Keeps_at_most_the_configured_number_of_terms_per_outlet_highest_first()
    {
        var context = FixtureDocument.Story(
            Outlet("Alpha", "Regime tanks regime roads regime bridges fields rivers hills towns."),
            Outlet("Beta", "Government tanks regime roads ports bridges fields rivers hills towns."));

        var terms = Score(context, Everything with { MaxTermsPerOutlet = 2 });

        Assert.Equal(["Alpha", "Alpha", "Beta", "Beta"], terms.Select(t => t.Source));
        Assert.Equal("regime", terms[0].Term);
        Assert.True(terms[0].ZScore >= terms[1].ZScore);
        Assert.True(terms[2].ZScore >= terms[3].ZScore);
    }

    [Fact]
    public void Finds_supported_terms_in_the_seed_articles()
    {
        var seeds = FixtureDocument.Seeds();
        var context = FixtureDocument.Story([.. seeds]);

        var terms = Score(context, TermScorerOptions.Default);
        var again = Score(FixtureDocument.Story([.. seeds.Reverse()]), TermScorerOptions.Default);

        Assert.NotEmpty(terms);
        Assert.Equal(terms.Select(t => (t.Source, t.Term, t.ZScore, t.Count)), again.Select(t => (t.Source, t.Term, t.ZScore, t.Count)));
        foreach (var group in terms.GroupBy(t => t.Source))
        {
            Assert.InRange(group.Count(), 1, 10);
            Assert.Equal(group.OrderByDescending(t => t.ZScore).Select(t => t.Term), group.Select(t => t.Term));
        }

        foreach (var term in terms)
        {
            Assert.True(term.ZScore >= TermScorerOptions.Default.MinZScore);
            Assert.NotEmpty(term.Sentences);
            Assert.InRange(term.Sentences.Length, 1, term.Count);
            Assert.All(term.Sentences, s => Assert.Equal(term.Source, s.Source));
            Assert.Contains(term.Sentences, s => Fold(s.Text).Contains(Fold(term.Term), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Smooths_the_prior_with_background_counts()
    {
        // Story: "regime" 3 of 10 against 1 of 10 (N = 20). Background: "regime" 1 of 4 words, weight 1, so
        // alpha = 4 + 20 * 1/4 = 9 and alpha0 = 20 + 20 = 40:
        // delta = ln(12 / (10 + 40 - 3 - 9)) - ln(10 / (10 + 40 - 1 - 9)) = ln(12/38) - ln(10/40) = 0.233615
        // variance = 1/12 + 1/10 = 0.183333, z = 0.233615 / 0.428174 = 0.545607 ("old regime" is a pair: not in the word total)
        var context = FixtureDocument.Story(
            Outlet("Alpha", "Regime tanks regime roads regime bridges fields rivers hills towns."),
            Outlet("Beta", "Government tanks regime roads ports bridges fields rivers hills towns."));
        var background = new Dictionary<string, int> { ["regime"] = 1, ["harbour"] = 3, ["old regime"] = 5 };

        var terms = Score(context, Everything with { BackgroundCounts = background });

        Assert.Equal(0.545607, Term(terms, "Alpha", "regime").ZScore, 6);
    }

    [Fact]
    public void Counts_lowercased_content_words_only_with_possessives_folded()
    {
        var context = FixtureDocument.Story(
            Outlet("Alpha", "The Kremlin's envoy and the kremlin met in 2025. It was 20% of the U.S. budget, they said."),
            Outlet("Beta", "Kremlin envoy."));

        var alpha = Score(context, Everything).Where(t => t.Source == "Alpha").ToList();
        var pairs = Score(context, Everything with { IncludeBigrams = true }).Where(t => t.Term.Contains(' ')).ToList();

        Assert.Equal(2, Term(alpha, "Alpha", "kremlin").Count);
        Assert.DoesNotContain(alpha, t => t.Term.Any(char.IsDigit));
        Assert.Equal(
            ["budget", "envoy", "Kremlin", "met", "said", "U.S."],
            alpha.Select(t => t.Term).Order(StringComparer.OrdinalIgnoreCase));
        Assert.Equal(
            ["Alpha:Kremlin's envoy", "Alpha:U.S. budget", "Alpha:kremlin met", "Beta:Kremlin envoy"],
            pairs.Select(t => t.Source + ":" + t.Term).Order(StringComparer.Ordinal));
    }

    private static List<OutletTerm> Score(StoryContext context, TermScorerOptions options) =>
        [.. new TermScorer(options).Analyze(context, new StoryReport(context.Story)).Terms];

    private static OutletTerm Term(IEnumerable<OutletTerm> terms, string source, string key) =>
        Assert.Single(terms, t => t.Source == source && t.Term.Equals(key, StringComparison.OrdinalIgnoreCase));

    private static Document Outlet(string source, params string[] paragraphs) =>
        FixtureDocument.Create(source, paragraphs).Build();

    private static string Fold(string text) => text.Replace('\u2019', '\'').ToLowerInvariant();
}
