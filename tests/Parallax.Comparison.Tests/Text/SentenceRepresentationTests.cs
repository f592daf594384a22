using Parallax.Comparison.QuoteVariants;
using Parallax.Comparison.Text;

namespace Parallax.Comparison.Tests.Text;

public sealed class SentenceRepresentationTests
{
    [Fact]
    public void Stemmer_folds_inflections_together()
    {
        var stems = new[] { "negotiations", "negotiated", "negotiating", "negotiate", "negotiators" }
            .Select(SuffixStemmer.Stem).Distinct().ToList();
        Assert.Single(stems);
        Assert.Equal(SuffixStemmer.Stem("talks"), SuffixStemmer.Stem("talk"));
        Assert.NotEqual(SuffixStemmer.Stem("war"), SuffixStemmer.Stem("was"));
    }

    [Fact]
    public void Profiles_drop_stop_words_and_keep_names_and_numbers()
    {
        var document = TestDocuments.FromParagraphs("a", "The minister said that Geneva hosted three rounds of talks.");
        var profile = Assert.Single(StoryCorpus.Build([document]).Profiles);
        Assert.DoesNotContain("the", profile.Stems);
        Assert.DoesNotContain("that", profile.Stems);
        Assert.Contains(SuffixStemmer.Stem("rounds"), profile.Stems);
        Assert.Contains("geneva", profile.Named);
        Assert.Equal(3, Assert.Single(profile.Quantities).Value);
        Assert.True(profile.IsProse);
    }

    [Fact]
    public void Paraphrases_are_more_similar_than_unrelated_sentences()
    {
        var a = TestDocuments.FromParagraphs("a", "The ministry said the negotiations in Geneva were stalled on Monday.");
        var b = TestDocuments.FromParagraphs("b", "Talks in Geneva have stalled, the ministry announced Monday.");
        var c = TestDocuments.FromParagraphs("c", "Heavy rain flooded several villages in the north of the country.");
        var corpus = StoryCorpus.Build([a, b, c]);
        var paraphrase = corpus.Similarity(0, 1);
        Assert.True(paraphrase > 0.3, $"paraphrase similarity {paraphrase}");
        Assert.True(corpus.Similarity(0, 2) < 0.1);
        Assert.Equal(paraphrase, corpus.Similarity(1, 0), 12);
    }

    [Fact]
    public void Spelling_variants_of_names_still_match()
    {
        var a = TestDocuments.FromParagraphs("a", "Zelensky visited Kharkiv hospitals.");
        var b = TestDocuments.FromParagraphs("b", "Zelenskiy visited Kharkiv hospitals.");
        var c = TestDocuments.FromParagraphs("c", "Someone visited Kharkiv hospitals.");
        var corpus = StoryCorpus.Build([a, b, c]);
        Assert.True(corpus.Similarity(0, 1) > corpus.Similarity(0, 2));
    }

    [Theory]
    [InlineData("Volodymyr Zelensky", "Zelenskiy")]
    [InlineData("Zelenskyy", "President Volodymyr Zelensky")]
    [InlineData("Dmitry Peskov", "Peskov")]
    [InlineData("Recep Tayyip Erdoğan", "Erdogan")]
    public void Speaker_keys_ignore_transliteration(string a, string b) => Assert.Equal(SpeakerKey.Of(a), SpeakerKey.Of(b));

    [Fact]
    public void Speaker_keys_keep_different_people_apart() => Assert.NotEqual(SpeakerKey.Of("Dmitry Peskov"), SpeakerKey.Of("Sergei Lavrov"));
}
