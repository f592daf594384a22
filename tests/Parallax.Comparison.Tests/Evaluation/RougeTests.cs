using Parallax.Comparison.Evaluation;

namespace Parallax.Comparison.Tests.Evaluation;

public sealed class RougeTests
{
    [Fact]
    public void Tokens_are_lower_cased_alphanumeric_runs_stemmed_when_longer_than_three_characters()
    {
        Assert.Equal<string>(["the", "cat", "s", "were", "run", "in", "u", "s", "2024"], Rouge.Tokens("The cat's were RUNNING in U.S. 2024!", 100));
    }

    [Fact]
    public void Only_the_first_words_count()
    {
        Assert.Equal<string>(["one", "two"], Rouge.Tokens("one two three four", 2));
    }

    [Fact]
    public void The_word_limit_counts_words_between_spaces_before_punctuation_is_removed()
    {
        // ROUGE-1.5.5 cuts at -l words split on white space, then turns punctuation into spaces: "U.S." is one word
        // of the limit and two tokens, "_" is one word of the limit and no token.
        Assert.Equal<string>(["u", "s", "offici"], Rouge.Tokens("U.S. officials said", 2));
        Assert.Equal<string>(["talk", "resum"], Rouge.Tokens("talks _ resumed today", 3));
    }

    [Fact]
    public void Recall_and_precision_of_unigrams_and_bigrams_match_hand_counts()
    {
        // Peer: "the cat sat on the mat" → unigrams the×2 cat sat on mat (6); bigrams the-cat cat-sat sat-on on-the the-mat (5).
        // Model A: "the cat lay on the mat" → hits: the×2, cat, on, mat = 5 of 6; bigrams: the-cat, on-the, the-mat = 3 of 5.
        // Model B: "a dog sat there" → hits: sat = 1 of 4; bigrams: none of 3.
        const string peer = "the cat sat on the mat";
        string[] models = ["the cat lay on the mat", "a dog sat there"];

        var one = Rouge.Score(peer, models, 1, 100);
        var two = Rouge.Score(peer, models, 2, 100);

        Assert.Equal(new RougeScore(6, 10, 12), one);
        Assert.Equal(0.6, one.Recall, 9);
        Assert.Equal(new RougeScore(3, 8, 10), two);
        Assert.Equal(3.0 / 8, two.Recall, 9);
    }

    [Fact]
    public void Repeated_ngrams_are_clipped_to_the_model_count()
    {
        var score = Rouge.Score("the the the the", ["the cat"], 1, 100);

        Assert.Equal(1, score.Hits);
        Assert.Equal(0.5, score.Recall, 9);
        Assert.Equal(0.25, score.Precision, 9);
    }

    [Fact]
    public void The_word_limit_applies_to_the_models_too()
    {
        var score = Rouge.Score("alpha beta", ["alpha beta gamma delta"], 1, 2);

        Assert.Equal(1.0, score.Recall, 9);
    }
}
