using Parallax.Stories.Evaluation;

namespace Parallax.Stories.Tests.Evaluation;

public sealed class ClusteringScorerTests
{
    [Fact]
    public void Scores_a_partial_match_as_computed_by_hand()
    {
        // Contingency: (A,x)=2, (A,y)=1, (B,y)=2; |x|=2, |y|=3, |A|=3, |B|=2.
        // B-cubed P = (2·2/2 + 1·1/3 + 2·2/3) / 5 = 11/15; R = (2·2/3 + 1·1/3 + 2·2/2) / 5 = 11/15.
        // Pairs together in both = 1 + 0 + 1 = 2; predicted pairs = 1 + 3 = 4; gold pairs = 3 + 1 = 4.
        var scores = ClusteringScorer.Score(["A", "A", "A", "B", "B"], ["x", "x", "y", "y", "y"]);

        Assert.Equal(11.0 / 15, scores.BCubed.Precision, 9);
        Assert.Equal(11.0 / 15, scores.BCubed.Recall, 9);
        Assert.Equal(0.5, scores.Pairwise.Precision, 9);
        Assert.Equal(0.5, scores.Pairwise.Recall, 9);
        Assert.Equal(0.5, scores.Pairwise.F1, 9);
        Assert.Equal((5, 2, 2), (scores.Items, scores.GoldClusters, scores.PredictedClusters));
    }

    [Fact]
    public void Scores_an_uneven_split_as_computed_by_hand()
    {
        // Gold {1,2,3,4}; predicted {1,2,3},{4}. B-cubed P = 1; R = (3·3/4 + 1·1/4) / 4 = 10/16.
        // Pairs: predicted 3, gold 6, both 3 -> P = 1, R = 0.5, F1 = 2/3.
        var scores = ClusteringScorer.Score(["g", "g", "g", "g"], ["a", "a", "a", "b"]);

        Assert.Equal(1, scores.BCubed.Precision, 9);
        Assert.Equal(10.0 / 16, scores.BCubed.Recall, 9);
        Assert.Equal(2 * (10.0 / 16) / (1 + (10.0 / 16)), scores.BCubed.F1, 9);
        Assert.Equal(1, scores.Pairwise.Precision, 9);
        Assert.Equal(0.5, scores.Pairwise.Recall, 9);
        Assert.Equal(2.0 / 3, scores.Pairwise.F1, 9);
    }

    [Fact]
    public void The_same_partition_under_other_labels_is_perfect()
    {
        var scores = ClusteringScorer.Score(["a", "b", "a", "c"], ["2", "7", "2", "1"]);

        Assert.Equal(1, scores.BCubed.F1, 9);
        Assert.Equal(1, scores.Pairwise.F1, 9);
    }

    [Fact]
    public void All_singletons_claim_no_pair()
    {
        var scores = ClusteringScorer.Score(["g", "g", "g"], ["a", "b", "c"]);

        Assert.Equal(1, scores.BCubed.Precision, 9);
        Assert.Equal(1.0 / 3, scores.BCubed.Recall, 9);
        Assert.Equal(1, scores.Pairwise.Precision, 9);
        Assert.Equal(0, scores.Pairwise.Recall, 9);
        Assert.Equal(0, scores.Pairwise.F1, 9);
    }

    [Fact]
    public void Rejects_labels_of_different_lengths() =>
        Assert.Throws<ArgumentException>(() => ClusteringScorer.Score(["a", "b"], ["a"]));
}
