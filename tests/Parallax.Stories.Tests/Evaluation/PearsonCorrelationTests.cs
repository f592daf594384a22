using Parallax.Stories.Evaluation;

namespace Parallax.Stories.Tests.Evaluation;

public sealed class PearsonCorrelationTests
{
    [Fact]
    public void Matches_a_hand_computed_value()
    {
        // x = 1,2,3,4; y = 2,4,5,4: means 2.5 and 3.75; deviations -1.5,-0.5,0.5,1.5 and -1.75,0.25,1.25,0.25;
        // cross-product sum 3.5; squared sums 5 and 4.75; r = 3.5 / sqrt(5 * 4.75) = 0.7181848.
        Assert.Equal(0.7181848, PearsonCorrelation.Of([1, 2, 3, 4], [2, 4, 5, 4]), 6);
    }

    [Fact]
    public void Is_minus_one_for_a_falling_line_and_undefined_without_variance()
    {
        Assert.Equal(-1, PearsonCorrelation.Of([1, 2, 3], [6, 4, 2]), 12);
        Assert.True(double.IsNaN(PearsonCorrelation.Of([1, 1, 1], [1, 2, 3])));
    }
}
