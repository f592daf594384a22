using Parallax.Stories.Features;

namespace Parallax.Stories.Tests.Features;

public sealed class TextWordsTests
{
    [Theory]
    [InlineData("Russia's don't rock'n'roll", new[] { "Russia's", "don't", "rock'n'roll" })]
    [InlineData("O\u2019Brien’s' 'quoted'", new[] { "O\u2019Brien’s", "quoted" })]
    [InlineData("F-16s, 3.5 and 1990s\u2014state-run", new[] { "F", "16s", "3", "5", "and", "1990s", "state", "run" })]
    [InlineData("Erdoğan met Zelenskyy in Kyiv\n\nÜber", new[] { "Erdoğan", "met", "Zelenskyy", "in", "Kyiv", "Über" })]
    [InlineData("\uD835\uDC9Clgebra x", new[] { "lgebra", "x" })]
    [InlineData("  ", new string[0])]
    public void Finds_the_words_the_scanner_finds(string text, string[] expected)
    {
        var words = new TextWords();
        words.Scan(text);

        var found = Enumerable.Range(0, words.Count).Select(i => words.Word(text, i).ToString()).ToArray();
        Assert.Equal(expected, found);
        Assert.All(Enumerable.Range(0, words.Count), i => Assert.Equal(words.Word(text, i).ToString(), text.Substring(words.Start(i), words.Length(i))));
    }

    [Fact]
    public void A_later_text_replaces_the_words_of_an_earlier_one_however_many_there_were()
    {
        var words = new TextWords();
        words.Scan(string.Join(' ', Enumerable.Repeat("word", 2000)));
        Assert.Equal(2000, words.Count);

        words.Scan("two words");
        Assert.Equal(2, words.Count);
        Assert.Equal("words", words.Word("two words", 1).ToString());
    }
}
