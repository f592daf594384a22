using Parallax.Extraction.Evaluation;

namespace Parallax.Extraction.Tests.Evaluation;

public sealed class FourGramScorerTests
{
    private const string GroundTruth = """
        {
          "p1": {"articleBody": "A b, c d e", "url": "https://one.example/"},
          "p2": {"articleBody": "One two three four", "url": "https://two.example/"},
          "p3": {"articleBody": "too short", "url": "https://three.example/"},
          "p4": {"articleBody": "this page has no file at all", "url": "https://four.example/"}
        }
        """;

    [Fact]
    public void Two_pages_are_averaged_by_hand_computed_values()
    {
        using var temp = new TempFolder();
        var json = temp.Write("ground-truth.json", GroundTruth);
        temp.WriteBytes("html/p1.html.gz", EvalFixtures.Gzip("<p>a b c d x</p>"));
        temp.WriteBytes("html/p2.html.gz", EvalFixtures.Gzip("<p>Menu.</p><p>One two three four. ONE two three four</p>"));
        temp.WriteBytes("html/p3.html.gz", EvalFixtures.Gzip("<p>too short</p>"));

        var score = FourGramScorer.Score(FourGramDataset.Load(json), EvalFixtures.StripTags);

        // p1: truth {a b c d, b c d e}, extracted {a b c d, b c d x}: overlap 1 → P 1/2, R 1/2.
        // p2: truth {one two three four}; extracted "menu one two three four one two three four" has six 4-grams,
        //     "one two three four" twice, the truth once → overlap 1: P 1/6, R 1.
        // Averages P = (1/2 + 1/6) / 2 = 1/3, R = (1/2 + 1) / 2 = 3/4; F1 = 2·(1/3)(3/4) / (1/3 + 3/4) = 6/13.
        Assert.Equal(2, score.PagesScored);
        Assert.Equal(1.0 / 3.0, score.Precision, 12);
        Assert.Equal(0.75, score.Recall, 12);
        Assert.Equal(6.0 / 13.0, score.F1, 12);
        Assert.Equal(["p3", "p4"], score.Skipped.Select(s => s.Name).Order());
        Assert.Contains("fewer than four words", score.Skipped.Single(s => s.Name == "p3").Reason, StringComparison.Ordinal);
        Assert.Contains("not found", score.Skipped.Single(s => s.Name == "p4").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_page_scores_use_lower_cased_word_runs()
    {
        var (precision, recall) = FourGramScorer.ScorePage("THE-quick brown fox!", "the quick brown fox jumps");

        Assert.Equal(1.0, precision, 12);
        Assert.Equal(0.5, recall, 12);
    }

    [Fact]
    public void An_extraction_shorter_than_four_words_scores_zero()
    {
        Assert.Equal((0.0, 0.0), FourGramScorer.ScorePage("only three words", "one two three four five"));
    }

    [Fact]
    public void Plain_html_pages_are_accepted_beside_gzip_ones()
    {
        using var temp = new TempFolder();
        var json = temp.Write("truth.json", """{"x": {"articleBody": "w1 w2 w3 w4"}}""");
        temp.Write("html/x.html", "<p>w1 w2 w3 w4</p>");

        var score = FourGramScorer.Score(FourGramDataset.Load(json), EvalFixtures.StripTags);

        Assert.Equal((1, 1.0, 1.0), (score.PagesScored, score.Precision, score.Recall));
    }

    [Fact]
    public void Entry_without_a_body_is_named()
    {
        using var temp = new TempFolder();
        var json = temp.Write("truth.json", """{"x": {"url": "https://x.example/"}}""");

        var e = Assert.Throws<InvalidDataException>(() => FourGramDataset.Load(json));

        Assert.Contains("'x'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_that_leave_the_html_folder_are_not_followed()
    {
        using var temp = new TempFolder();
        var json = temp.Write("truth.json", """{"../secret": {"articleBody": "a b c d e"}}""");

        var score = FourGramScorer.Score(FourGramDataset.Load(json), EvalFixtures.StripTags);

        Assert.Equal(0, score.PagesScored);
        Assert.Contains("plain file name", Assert.Single(score.Skipped).Reason, StringComparison.Ordinal);
    }
}
