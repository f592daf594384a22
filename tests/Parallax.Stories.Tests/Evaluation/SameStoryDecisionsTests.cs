using Parallax.Stories.Evaluation;

namespace Parallax.Stories.Tests.Evaluation;

public sealed class SameStoryDecisionsTests
{
    [Fact]
    public void Joins_at_the_threshold_are_scored_against_grades_of_two_or_less()
    {
        // Joined (≥ 0.2): pairs 0, 1, 3; same story (≤ 2): pairs 0, 2, 3. Both: 0 and 3.
        // Precision 2/3, recall 2/3; agreement on pairs 0, 3 and 4 (not joined, not same): 3 of 5.
        double[] similarities = [0.5, 0.2, 0.1, 0.3, 0.05];
        double[] overall = [1.0, 3.0, 2.0, 1.5, 4.0];

        var decisions = SameStoryDecisions.Of(similarities, overall, 0.2);

        Assert.Equal(5, decisions.Pairs);
        Assert.Equal(3, decisions.Joined);
        Assert.Equal(3, decisions.Same);
        Assert.Equal(2, decisions.JoinedSame);
        Assert.Equal(2.0 / 3, decisions.Scores.Precision, 12);
        Assert.Equal(2.0 / 3, decisions.Scores.Recall, 12);
        Assert.Equal(0.6, decisions.Accuracy, 12);
    }

    [Fact]
    public void Nothing_joined_gives_zero_precision_not_a_division_by_zero()
    {
        var decisions = SameStoryDecisions.Of([0.1, 0.1], [1.0, 4.0], 0.5);

        Assert.Equal(0, decisions.Joined);
        Assert.Equal(0, decisions.Scores.Precision);
        Assert.Equal(0.5, decisions.Accuracy, 12);
    }

    [Fact]
    public void Series_of_different_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => SameStoryDecisions.Of([0.1], [1.0, 2.0], 0.2));
    }
}
