using Parallax.Stories.Features;

namespace Parallax.Stories.Tests.Features;

public sealed class WordMemoTests
{
    [Fact]
    public void Remembers_a_word_looked_up_by_span()
    {
        var memo = new WordMemo<string>(10);
        memo.Remember("Okafor".AsSpan(), "okafor");

        Assert.True(memo.TryGet("x Okafor y".AsSpan(2, 6), out var value));
        Assert.Equal("okafor", value);
        Assert.False(memo.TryGet("okafor".AsSpan(), out _));
    }

    [Fact]
    public void Starts_afresh_when_full_so_it_never_holds_more_than_its_capacity()
    {
        var memo = new WordMemo<string>(3);
        foreach (var word in new[] { "alpha", "beta", "gamma", "delta", "epsilon" })
        {
            memo.Remember(word, word);
            Assert.InRange(memo.Count, 1, 3);
        }

        Assert.False(memo.TryGet("alpha", out _));
        Assert.True(memo.TryGet("epsilon", out _));
        Assert.Equal(2, memo.Count);
    }

    [Fact]
    public void Stays_within_its_capacity_when_threads_add_at_once()
    {
        var memo = new WordMemo<string>(100);
        Parallel.For(0, 10_000, i => memo.Remember($"w{i}", "v"));

        Assert.InRange(memo.Count, 1, 100 + Environment.ProcessorCount);
    }
}
