using Parallax.Language.Stemming;
using Parallax.Stories.Features;

namespace Parallax.Stories.Tests.Features;

public sealed class TermNormalizerTests
{
    [Theory]
    [InlineData("Protesters", "protesters")]
    [InlineData("Russia's", "russia")]
    [InlineData("Russia\u2019s", "russia")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("Négociations", "négociations")]
    public void Gives_the_porter_stem_of_the_lowercase_word_without_possessive_or_apostrophe(string word, string plain) =>
        Assert.Equal(PorterStemmer.Stem(plain), TermNormalizer.ToTerm(word));

    [Theory]
    [InlineData("1998")]
    [InlineData("42")]
    [InlineData("the")]
    [InlineData("The")]
    [InlineData("said")]
    [InlineData("Friday")]
    [InlineData("a")]
    [InlineData("x's")]
    public void Words_without_a_topic_give_no_term(string word) => Assert.Null(TermNormalizer.ToTerm(word));

    [Theory]
    [InlineData("Elections")]
    [InlineData("elections")]
    [InlineData("1990s")]
    [InlineData("F-16")]
    [InlineData("Ünïcödé")]
    [InlineData("𝒜lgebra")]
    public void A_remembered_word_gives_what_working_it_out_afresh_gives(string word)
    {
        var first = TermNormalizer.ToTerm(word);
        var second = TermNormalizer.ToTerm(word);

        Assert.Equal(TermNormalizer.Compute(word), first);
        Assert.Equal(first, second);
    }
}
