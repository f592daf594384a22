using Parallax.Core.Annotations;
using Parallax.Language.Sentences;

namespace Parallax.Language.Tests;

public class SentenceSplitterTests
{
    private static string[] Sentences(params string[] paragraphs)
    {
        var document = new SentenceSplitter().Annotate(new Document(TestDocuments.Article("t", paragraphs)));
        return [.. document.Sentences.Select(s => document.Slice(s.Span))];
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        var sentences = Sentences("Mr. Smith met Gen. Jones on Jan. 5 near No. 3 Downing Street with J. R. Ewing. He left at 3.5 hours past noon.");
        Assert.Equal(["Mr. Smith met Gen. Jones on Jan. 5 near No. 3 Downing Street with J. R. Ewing.", "He left at 3.5 hours past noon."], sentences);
    }

    [Fact]
    public void Dotted_acronym_ends_a_sentence_only_before_a_sentence_opener()
    {
        Assert.Single(Sentences("The U.S. envoy wrote to the U.N. Security Council twice."));
        Assert.Equal(["Prices rose in the U.S.", "The market fell."], Sentences("Prices rose in the U.S. The market fell."));
    }

    [Fact]
    public void Quote_followed_by_attribution_stays_one_sentence()
    {
        var sentences = Sentences("“It will be very difficult,” he remarked. “Stop!” she shouted. “We are ready.” They left.");
        Assert.Equal(["“It will be very difficult,” he remarked.", "“Stop!” she shouted.", "“We are ready.”", "They left."], sentences);
    }

    [Fact]
    public void Doubled_grave_accents_open_a_quote_after_a_sentence_end()
    {
        // Wire copy and Penn Treebank text type an opening double quote as ``.
        var sentences = Sentences("The storm moved west at 9 mph (14 kph). ``It is coming,'' the harbour master said. ``Stay inside.''");
        Assert.Equal(["The storm moved west at 9 mph (14 kph).", "``It is coming,'' the harbour master said.", "``Stay inside.''"], sentences);
    }

    [Fact]
    public void A_grave_accent_before_a_lower_case_word_does_not_split()
    {
        Assert.Single(Sentences("Prices rose 3 pct. ``quoted'' as usual in the filing of the firm."));
    }

    [Fact]
    public void Ellipsis_splits_only_before_a_capital()
    {
        Assert.Equal(["We waited... and waited.", "Then it ended…", "Nobody came."], Sentences("We waited... and waited. Then it ended… Nobody came."));
    }

    [Fact]
    public void Sentences_never_cross_paragraphs_and_are_trimmed()
    {
        var document = new SentenceSplitter().Annotate(new Document(TestDocuments.Article("t", "  First paragraph without a period ", "Second one. Third sentence!")));
        Assert.Equal([0, 1, 1], document.Sentences.Select(s => s.Paragraph));
        Assert.Equal("First paragraph without a period", document.Slice(document.Sentences[0].Span));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Seed_sentences_lie_inside_their_paragraph_trimmed_and_in_order(string seed)
    {
        var document = new SentenceSplitter().Annotate(new Document(TestDocuments.SeedArticle(seed)));
        Assert.NotEmpty(document.Sentences);
        var previousEnd = 0;
        foreach (var sentence in document.Sentences)
        {
            Assert.True(document.Article.ParagraphSpans[sentence.Paragraph].Contains(sentence.Span));
            Assert.False(char.IsWhiteSpace(document.Text[sentence.Span.Start]));
            Assert.False(char.IsWhiteSpace(document.Text[sentence.Span.End - 1]));
            Assert.True(sentence.Span.Start >= previousEnd);
            previousEnd = sentence.Span.End;
        }
    }

    [Fact]
    public void Seed_quote_with_attribution_after_is_one_sentence()
    {
        var document = new SentenceSplitter().Annotate(new Document(TestDocuments.SeedArticle("004")));
        Assert.Contains(document.Sentences, s => document.Slice(s.Span).StartsWith("“It will be very difficult,” he remarked,", StringComparison.Ordinal));
    }
}
