using Parallax.Language.Entities.Ner;

namespace Parallax.Language.Clusters;

/// <summary>
/// k-means on unit vectors with cosine similarity (spherical k-means, Dhillon and Modha 2001), seeded by k-means++
/// (Arthur and Vassilvitskii 2007) with a fixed generator. Sequential, so the same input gives the same clusters.
/// </summary>
internal static class SphericalKMeans
{
    /// <summary>The cluster (0 to <paramref name="k"/> − 1) of each of <paramref name="members"/>, rows of <paramref name="rows"/>.</summary>
    public static int[] Cluster(IReadOnlyList<SparseRow> rows, int[] members, int k, int dimensions, int iterations, SplitMix64 random)
    {
        var assigned = new int[members.Length];
        if (members.Length <= k)
        {
            for (var m = 0; m < members.Length; m++)
            {
                assigned[m] = m;
            }

            return assigned;
        }

        var centres = Seed(rows, members, k, dimensions, random);
        Array.Fill(assigned, -1);
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var changed = false;
            for (var m = 0; m < members.Length; m++)
            {
                var best = Nearest(rows[members[m]], centres).Cluster;
                changed |= best != assigned[m];
                assigned[m] = best;
            }

            if (!changed)
            {
                break;
            }

            var sums = new double[k][];
            for (var c = 0; c < k; c++)
            {
                sums[c] = new double[dimensions];
            }

            for (var m = 0; m < members.Length; m++)
            {
                rows[members[m]].AddTo(sums[assigned[m]]);
            }

            for (var c = 0; c < k; c++)
            {
                // An emptied cluster keeps its centre.
                if (Normalise(sums[c]))
                {
                    centres[c] = sums[c];
                }
            }
        }

        return assigned;
    }

    private static (int Cluster, double Similarity) Nearest(SparseRow row, List<double[]> centres)
    {
        var best = 0;
        var similarity = double.NegativeInfinity;
        for (var c = 0; c < centres.Count; c++)
        {
            var s = row.Dot(centres[c]);
            if (s > similarity)
            {
                (best, similarity) = (c, s);
            }
        }

        return (best, similarity);
    }

    /// <summary>k-means++: each next centre is a member drawn with probability proportional to its squared distance from the centres so far.</summary>
    private static List<double[]> Seed(IReadOnlyList<SparseRow> rows, int[] members, int k, int dimensions, SplitMix64 random)
    {
        var centres = new List<double[]>(k) { Dense(rows[members[(int)(random.Next() % (ulong)members.Length)]], dimensions) };
        var distance = new double[members.Length];
        Array.Fill(distance, double.PositiveInfinity);
        while (centres.Count < k)
        {
            var total = 0.0;
            for (var m = 0; m < members.Length; m++)
            {
                var d = Math.Max(0, 1 - rows[members[m]].Dot(centres[^1]));
                distance[m] = Math.Min(distance[m], d * d);
                total += distance[m];
            }

            var pick = members.Length - 1;
            var target = (random.Next() >> 11) * (1.0 / (1UL << 53)) * total;
            for (var m = 0; m < members.Length; m++)
            {
                target -= distance[m];
                if (target < 0)
                {
                    pick = m;
                    break;
                }
            }

            centres.Add(Dense(rows[members[pick]], dimensions));
        }

        return centres;
    }

    private static double[] Dense(SparseRow row, int dimensions)
    {
        var dense = new double[dimensions];
        row.AddTo(dense);
        return dense;
    }

    /// <summary>Scales <paramref name="vector"/> to unit length; false when it is zero.</summary>
    private static bool Normalise(double[] vector)
    {
        var norm = Math.Sqrt(vector.Sum(v => v * v));
        if (norm == 0)
        {
            return false;
        }

        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] /= norm;
        }

        return true;
    }
}
