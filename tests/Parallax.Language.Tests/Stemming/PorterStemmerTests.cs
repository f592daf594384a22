using Parallax.Language.Stemming;

namespace Parallax.Language.Tests.Stemming;

public sealed class PorterStemmerTests
{
    // Pairs from the reference vocabulary (voc.txt / output.txt) and the examples of Porter (1980).
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("caress", "caress")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("bled", "bled")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("tanned", "tan")]
    [InlineData("falling", "fall")]
    [InlineData("hissing", "hiss")]
    [InlineData("fizzed", "fizz")]
    [InlineData("failing", "fail")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("rational", "ration")]
    [InlineData("valenci", "valenc")]
    [InlineData("digitizer", "digit")]
    [InlineData("conformabli", "conform")]
    [InlineData("radicalli", "radic")]
    [InlineData("differentli", "differ")]
    [InlineData("vileli", "vile")]
    [InlineData("analogousli", "analog")]
    [InlineData("vietnamization", "vietnam")]
    [InlineData("predication", "predic")]
    [InlineData("operator", "oper")]
    [InlineData("feudalism", "feudal")]
    [InlineData("decisiveness", "decis")]
    [InlineData("hopefulness", "hope")]
    [InlineData("callousness", "callous")]
    [InlineData("formaliti", "formal")]
    [InlineData("sensitiviti", "sensit")]
    [InlineData("sensibiliti", "sensibl")]
    [InlineData("triplicate", "triplic")]
    [InlineData("formative", "form")]
    [InlineData("formalize", "formal")]
    [InlineData("electriciti", "electr")]
    [InlineData("electrical", "electr")]
    [InlineData("hopeful", "hope")]
    [InlineData("goodness", "good")]
    [InlineData("generalization", "gener")]
    [InlineData("adjustable", "adjust")]
    [InlineData("adjustment", "adjust")]
    [InlineData("replacement", "replac")]
    [InlineData("adoption", "adopt")]
    [InlineData("controlling", "control")]
    [InlineData("controll", "control")]
    [InlineData("roll", "roll")]
    [InlineData("probate", "probat")]
    [InlineData("rate", "rate")]
    [InlineData("cease", "ceas")]
    [InlineData("archaeology", "archaeolog")]
    [InlineData("negotiations", "negoti")]
    [InlineData("is", "is")]
    public void Stems_like_the_reference_implementation(string word, string expected) =>
        Assert.Equal(expected, PorterStemmer.Stem(word));

    [Fact]
    public void Returns_the_same_instance_when_nothing_changes()
    {
        var word = "sky";
        Assert.Same(word, PorterStemmer.Stem(word));
    }

    [Fact]
    public void Stems_words_longer_than_the_stack_buffer()
    {
        var stem = string.Concat(Enumerable.Repeat("ab", 35));
        Assert.Equal(stem, PorterStemmer.Stem(stem + "ations"));
    }

    [Theory]
    [InlineData("was", "was", "wa")]
    [InlineData("its", "its", "it")]
    [InlineData("cats", "cat", "cat")]
    public void Rouge_variant_leaves_tokens_of_three_letters_or_fewer_alone(string word, string rouge, string porter)
    {
        Assert.Equal(rouge, PorterStemmer.StemAsRouge(word));
        Assert.Equal(porter, PorterStemmer.Stem(word));
    }
}
