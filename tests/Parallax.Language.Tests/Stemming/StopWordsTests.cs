using Parallax.Language.Stemming;

namespace Parallax.Language.Tests.Stemming;

public sealed class StopWordsTests
{
    [Theory]
    [InlineData("the")]
    [InlineData("and")]
    [InlineData("themselves")]
    [InlineData("don't")]
    [InlineData("very")]
    public void Function_words_are_stop_words(string word)
    {
        Assert.True(StopWords.Contains(word));
        Assert.True(StopWords.Contains(word.AsSpan()));
    }

    [Theory]
    [InlineData("kremlin")]
    [InlineData("negotiations")]
    [InlineData("The")]
    [InlineData("")]
    public void Content_words_and_uppercase_are_not(string word) => Assert.False(StopWords.Contains(word));

    [Fact]
    public void Holds_the_whole_snowball_list() => Assert.Equal(174, StopWords.Count);
}
