using Parallax.Comparison.Terms;

namespace Parallax.Comparison.Tests.Terms;

public sealed class InformativeDirichletLogOddsTests
{
    [Fact]
    public void Matches_a_hand_computation()
    {
        // yi = 3, ni = 10, yj = 1, nj = 10, alpha = 4, alpha0 = 20:
        // delta = ln(7 / 23) - ln(5 / 25) = -1.189584 + 1.609438 = 0.419854
        // variance = 1/7 + 1/5 = 0.342857, sd = 0.585540, z = 0.419854 / 0.585540 = 0.717037
        var z = InformativeDirichletLogOdds.ZScore(3, 10, 1, 10, 4, 20);

        Assert.Equal(0.717037, z, 6);
    }

    [Fact]
    public void Changes_sign_when_the_groups_swap()
    {
        var forward = InformativeDirichletLogOdds.ZScore(5, 40, 2, 60, 7, 100);
        var backward = InformativeDirichletLogOdds.ZScore(2, 60, 5, 40, 7, 100);

        Assert.True(forward > 0);
        Assert.Equal(-forward, backward, 12);
    }

    [Fact]
    public void Is_zero_when_both_groups_use_the_word_at_the_same_rate()
    {
        // 2 of 10 against 6 of 30 with a prior proportional to the pooled counts (8 of 40).
        Assert.Equal(0, InformativeDirichletLogOdds.ZScore(2, 10, 6, 30, 8, 40), 12);
    }

    [Fact]
    public void Rejects_a_prior_without_mass()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => InformativeDirichletLogOdds.ZScore(1, 10, 1, 10, 0, 20));
    }
}
