using Parallax.Comparison.Summary;

namespace Parallax.Comparison.Tests.Summary;

public sealed class SphericalKMeansTests
{
    [Fact]
    public void Vectors_about_different_things_fall_in_different_clusters_and_alike_ones_together()
    {
        var vectors = new List<Dictionary<string, double>>
        {
            Unit(("budget", 2), ("council", 1)),
            Unit(("flood", 1), ("river", 2)),
            Unit(("budget", 1), ("council", 2)),
            Unit(("river", 1), ("flood", 1), ("rain", 1)),
            Unit(("council", 1), ("budget", 1), ("vote", 1)),
        };

        var clusters = SphericalKMeans.Cluster(vectors, 2);

        Assert.Equal(clusters[0], clusters[2]);
        Assert.Equal(clusters[0], clusters[4]);
        Assert.Equal(clusters[1], clusters[3]);
        Assert.NotEqual(clusters[0], clusters[1]);
        Assert.Equal(clusters, SphericalKMeans.Cluster(vectors, 2));
    }

    private static Dictionary<string, double> Unit(params (string Term, double Weight)[] terms)
    {
        var norm = Math.Sqrt(terms.Sum(t => t.Weight * t.Weight));
        return terms.ToDictionary(t => t.Term, t => t.Weight / norm, StringComparer.Ordinal);
    }
}
