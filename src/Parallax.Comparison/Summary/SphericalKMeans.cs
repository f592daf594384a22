namespace Parallax.Comparison.Summary;

/// <summary>
/// K-means over unit-length sparse vectors with cosine similarity (spherical k-means). Seeds are chosen by
/// k-means++ with a fixed random seed, so the same vectors always give the same clusters.
/// </summary>
internal static class SphericalKMeans
{
    private const int Seed = 17;
    private const int MaxIterations = 20;

    /// <summary>The cluster of each vector (0..k-1); vectors must be unit length or empty.</summary>
    public static int[] Cluster(IReadOnlyList<Dictionary<string, double>> vectors, int k)
    {
        var n = vectors.Count;
        k = Math.Clamp(k, 1, Math.Max(1, n));
        var assignment = new int[n];
        if (n == 0)
        {
            return assignment;
        }

        var centroids = Seeds(vectors, k);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var changed = false;
            for (var i = 0; i < n; i++)
            {
                var best = 0;
                var bestSimilarity = double.NegativeInfinity;
                for (var c = 0; c < centroids.Count; c++)
                {
                    var similarity = Dot(vectors[i], centroids[c]);
                    if (similarity > bestSimilarity)
                    {
                        (best, bestSimilarity) = (c, similarity);
                    }
                }

                changed |= iteration == 0 || assignment[i] != best;
                assignment[i] = best;
            }

            if (!changed)
            {
                break;
            }

            for (var c = 0; c < centroids.Count; c++)
            {
                var sum = new Dictionary<string, double>(StringComparer.Ordinal);
                for (var i = 0; i < n; i++)
                {
                    if (assignment[i] == c)
                    {
                        foreach (var (term, weight) in vectors[i])
                        {
                            sum[term] = sum.GetValueOrDefault(term) + weight;
                        }
                    }
                }

                // An emptied cluster keeps its old centre.
                if (sum.Count > 0)
                {
                    centroids[c] = Normalised(sum);
                }
            }
        }

        return assignment;
    }

    /// <summary>The dot product of two sparse vectors; with unit vectors, their cosine.</summary>
    private static double Dot(Dictionary<string, double> vector, Dictionary<string, double> other)
    {
        double dot = 0;
        foreach (var (term, weight) in vector)
        {
            dot += weight * other.GetValueOrDefault(term);
        }

        return dot;
    }

    private static Dictionary<string, double> Normalised(Dictionary<string, double> vector)
    {
        var norm = Math.Sqrt(vector.Values.Sum(w => w * w));
        return norm == 0 ? vector : vector.ToDictionary(p => p.Key, p => p.Value / norm, StringComparer.Ordinal);
    }

    private static double Squared(double distance) => Math.Max(0, distance) * Math.Max(0, distance);

    /// <summary>k-means++: each next seed drawn with probability growing with its distance (1 − cosine) to the nearest seed.</summary>
    private static List<Dictionary<string, double>> Seeds(IReadOnlyList<Dictionary<string, double>> vectors, int k)
    {
        var random = new Random(Seed);
        var first = vectors[random.Next(vectors.Count)];
        var seeds = new List<Dictionary<string, double>> { first };
        var nearest = new double[vectors.Count];
        for (var i = 0; i < vectors.Count; i++)
        {
            nearest[i] = Dot(vectors[i], first);
        }

        while (seeds.Count < k)
        {
            double total = 0;
            foreach (var similarity in nearest)
            {
                total += Squared(1 - similarity);
            }

            if (total <= 0)
            {
                break;
            }

            var draw = random.NextDouble() * total;
            var next = vectors.Count - 1;
            for (var i = 0; i < vectors.Count; i++)
            {
                draw -= Squared(1 - nearest[i]);
                if (draw <= 0)
                {
                    next = i;
                    break;
                }
            }

            seeds.Add(vectors[next]);
            for (var i = 0; i < vectors.Count; i++)
            {
                nearest[i] = Math.Max(nearest[i], Dot(vectors[i], vectors[next]));
            }
        }

        return seeds;
    }
}
