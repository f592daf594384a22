using Parallax.Comparison.Reuse;
using Parallax.Comparison.Tests.Text;
using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;
using Parallax.Core.Stories;

namespace Parallax.Comparison.Tests.Reuse;

public sealed class SharedWordingFinderTests
{
    private const string WireSentence =
        "The harbour authority said on Tuesday that the northern pier would stay closed until engineers finish checking its pillars.";

    private const string EditedWireSentence =
        "The harbour authority said on Tuesday that the old northern pier would stay shut until engineers finish checking its pillars.";

    private const string Rewritten =
        "Engineers must inspect the pillars of the northern pier before it reopens, according to port officials.";

    private static readonly DateTimeOffset Morning = new(2031, 4, 8, 7, 0, 0, TimeSpan.Zero);

    private static Document Outlet(string source, params string[] paragraphs) => TestDocuments.FromParagraphs(source, paragraphs);

    private static Document Outlet(string source, DateTimeOffset published, params string[] paragraphs) =>
        TestDocuments.FromParagraphs(source, published, paragraphs);

    private static SharedWording[] Find(params Document[] documents) =>
        [.. new SharedWordingFinder().Analyze(TestDocuments.Story(documents), new StoryReport(TestDocuments.Story(documents).Story)).SharedWordings];

    private static string Marked(SharedSentence copy) =>
        string.Join("|", copy.Differences.Select(d => d.Slice(copy.Sentence.Text)));

    [Fact]
    public void A_sentence_two_outlets_carry_word_for_word_is_one_verbatim_wording_of_both()
    {
        var wording = Assert.Single(Find(
            Outlet("Coast Post", "Storm damage closed the ferry line.", WireSentence),
            Outlet("Bay Herald", WireSentence, "Ferries will sail from the southern quay meanwhile.")));

        Assert.True(wording.Verbatim);
        Assert.Equal<string>(["Coast Post", "Bay Herald"], wording.Sources);
        Assert.All(wording.Sentences, s => Assert.Equal(WireSentence, s.Sentence.Text));
        Assert.All(wording.Sentences, s => Assert.Empty(s.Differences));
        Assert.Equal(1, wording.Sentences[0].Sentence.Paragraph);
    }

    [Fact]
    public void Case_punctuation_and_quotation_marks_do_not_make_a_copy_an_edit()
    {
        var restyled = "The Harbour Authority said on Tuesday that the northern pier would stay closed until engineers finish checking its pillars!";

        var wording = Assert.Single(Find(Outlet("Coast Post", WireSentence), Outlet("Bay Herald", restyled)));

        Assert.True(wording.Verbatim);
    }

    [Fact]
    public void A_lightly_edited_copy_joins_with_the_edited_words_marked_on_both_sides()
    {
        var wording = Assert.Single(Find(Outlet("Coast Post", WireSentence), Outlet("Bay Herald", EditedWireSentence)));

        Assert.False(wording.Verbatim);
        Assert.Equal("closed", Marked(wording.Sentences[0]));
        Assert.Equal("old|shut", Marked(wording.Sentences[1]));
    }

    [Fact]
    public void The_same_fact_in_other_words_is_not_shared_wording()
    {
        Assert.Empty(Find(Outlet("Coast Post", WireSentence), Outlet("Bay Herald", Rewritten)));
    }

    [Fact]
    public void Short_sentences_that_coincide_are_not_counted()
    {
        Assert.Empty(Find(Outlet("Coast Post", "The mayor declined to comment."), Outlet("Bay Herald", "The mayor declined to comment.")));
    }

    [Fact]
    public void One_outlet_repeating_itself_is_not_reuse_between_outlets()
    {
        Assert.Empty(Find(Outlet("Coast Post", WireSentence), Outlet("Coast Post", "A later update.", WireSentence)));
    }

    [Fact]
    public void The_earliest_dated_copy_comes_first_and_is_the_origin()
    {
        var wording = Assert.Single(Find(
            Outlet("Bay Herald", Morning.AddHours(3), EditedWireSentence),
            Outlet("Wire Service", Morning, WireSentence),
            Outlet("Coast Post", Morning.AddHours(1), WireSentence)));

        Assert.Equal<string>(["Wire Service", "Coast Post", "Bay Herald"], wording.Sources);
        Assert.Equal(wording.Sentences[0].Sentence.ArticleId, wording.OriginArticleId);
    }

    [Fact]
    public void Without_every_date_no_copy_is_called_the_origin()
    {
        var wording = Assert.Single(Find(Outlet("Wire Service", Morning, WireSentence), Outlet("Coast Post", WireSentence)));

        Assert.Null(wording.OriginArticleId);
        Assert.Equal("Wire Service", wording.Sources[0]);
    }

    [Fact]
    public void Two_copies_published_at_the_same_time_have_no_origin()
    {
        var wording = Assert.Single(Find(Outlet("Wire Service", Morning, WireSentence), Outlet("Coast Post", Morning, WireSentence)));

        Assert.Null(wording.OriginArticleId);
    }

    [Fact]
    public void A_whole_article_marked_as_a_near_duplicate_copy_is_left_out()
    {
        var original = Outlet("Wire Service", WireSentence, "Ferries will sail from the southern quay while the pier stays closed to all traffic.");
        var copy = Outlet("Bay Herald", WireSentence, "Ferries will sail from the southern quay while the pier stays closed to all traffic.", "Updated at noon.");
        var other = Outlet("Coast Post", "Residents asked for a footbridge.", WireSentence);
        var plain = TestDocuments.Story([original, copy, other]);
        var context = plain with { Duplicates = [new DuplicateLink(copy.Article.Id, original.Article.Id, 1.0)] };

        var wordings = new SharedWordingFinder().Analyze(context, new StoryReport(context.Story)).SharedWordings;

        var wording = Assert.Single(wordings);
        Assert.Equal<string>(["Wire Service", "Coast Post"], wording.Sources);
    }

    [Theory]
    [InlineData("a b c d", "a b c d", 1.0)]
    [InlineData("a b c d", "a b x d", 0.75)]
    [InlineData("a b c d e f", "a b c d", 0.8)]
    [InlineData("a b c", "x y z", 0.0)]
    public void Similarity_is_the_dice_coefficient_of_the_longest_common_word_subsequence(string a, string b, double expected)
    {
        Assert.Equal(expected, SharedWordingFinder.Similarity(a.Split(' '), b.Split(' ')), 9);
    }
}
