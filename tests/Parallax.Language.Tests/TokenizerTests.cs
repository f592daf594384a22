using Parallax.Core.Annotations;
using Parallax.Language.Sentences;
using Parallax.Language.Tokens;

namespace Parallax.Language.Tests;

public class TokenizerTests
{
    private static Document Tokenize(params string[] paragraphs) =>
        new Tokenizer().Annotate(new SentenceSplitter().Annotate(new Document(TestDocuments.Article("t", paragraphs))));

    private static string[] Texts(Document d) => [.. d.Tokens.Select(t => d.Slice(t.Span))];

    [Fact]
    public void Splits_words_numbers_clitics_and_punctuation()
    {
        var document = Tokenize("Russia’s troops—about 40,000—hold 20% of the three-and-a-half-year front, it doesn’t say (3.5 km).");
        Assert.Equal(
            ["Russia", "’s", "troops", "—", "about", "40,000", "—", "hold", "20%", "of", "the", "three-and-a-half-year", "front", ",", "it", "does", "n’t", "say", "(", "3.5", "km", ")", "."],
            Texts(document));
    }

    [Fact]
    public void Norm_is_ascii_for_typographic_marks()
    {
        var document = Tokenize("“Putin’s goal…” — he said.");
        Assert.Equal(["\"", "Putin", "'s", "goal", "...", "\"", "-", "he", "said", "."], document.Tokens.Select(t => t.Norm));
    }

    [Fact]
    public void Keeps_acronyms_titles_and_names_with_apostrophes_whole()
    {
        var document = Tokenize("U.S. envoy Mr. O’Brien met Dr. Ruiz.");
        Assert.Equal(["U.S.", "envoy", "Mr.", "O’Brien", "met", "Dr.", "Ruiz", "."], Texts(document));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Every_seed_token_slices_back_to_its_text_inside_its_sentence(string seed)
    {
        var document = new Tokenizer().Annotate(new SentenceSplitter().Annotate(new Document(TestDocuments.SeedArticle(seed))));
        Assert.NotEmpty(document.Tokens);
        var previousEnd = 0;
        foreach (var token in document.Tokens)
        {
            var text = document.Slice(token.Span);
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.True(document.Sentences[token.Sentence].Span.Contains(token.Span));
            Assert.True(token.Span.Start >= previousEnd);
            Assert.Equal(text.Length, token.Norm.Length - (text.Count(c => c == '…') * 2));
            Assert.All(token.Norm, c => Assert.DoesNotContain(c, "“”‘’—–…"));
            previousEnd = token.Span.End;
        }
    }
}
