using Parallax.Stories.Features;

namespace Parallax.Stories.Clustering;

/// <summary>
/// The running sum of unit vectors added to a story, with its squared norm kept up to date so cosine similarity
/// with it costs one pass over the other vector. Owned by one detection run; not shared between threads.
/// </summary>
internal sealed class Centroid
{
    private readonly Dictionary<string, double> sums = new(StringComparer.Ordinal);
    private double squaredNorm;

    public bool IsEmpty => sums.Count == 0;

    public int Count => sums.Count;

    /// <summary>Adds a vector.</summary>
    public void Add(WeightedVector vector)
    {
        if (vector.IsEmpty)
        {
            return;
        }

        var dot = Dot(vector);
        for (var i = 0; i < vector.Keys.Length; i++)
        {
            var key = vector.Keys[i];
            sums[key] = sums.GetValueOrDefault(key) + vector.Weights[i];
        }

        // |c + v|² = |c|² + 2 c·v + |v|², with |v| = 1.
        squaredNorm += (2 * dot) + 1;
    }

    /// <summary>Removes a vector added before.</summary>
    public void Remove(WeightedVector vector)
    {
        if (vector.IsEmpty)
        {
            return;
        }

        for (var i = 0; i < vector.Keys.Length; i++)
        {
            var key = vector.Keys[i];
            sums[key] = sums.GetValueOrDefault(key) - vector.Weights[i];
        }

        // |c - v|² = |c|² - 2 c·v + |v|², with c·v taken after the subtraction: |c'|² = |c|² - 2 c'·v - 1.
        squaredNorm = Math.Max(0, squaredNorm - (2 * Dot(vector)) - 1);
        if (squaredNorm < 1e-9)
        {
            sums.Clear();
            squaredNorm = 0;
        }
    }

    /// <summary>Cosine similarity between the vector and this centroid; 0 when either is empty.</summary>
    public double Cosine(WeightedVector vector)
    {
        if (vector.IsEmpty || squaredNorm <= 0)
        {
            return 0;
        }

        return Dot(vector) / Math.Sqrt(squaredNorm);
    }

    /// <summary>Cosine similarity between two centroids.</summary>
    public double Cosine(Centroid other)
    {
        if (squaredNorm <= 0 || other.squaredNorm <= 0)
        {
            return 0;
        }

        var (small, large) = sums.Count <= other.sums.Count ? (this, other) : (other, this);
        var dot = 0.0;
        foreach (var (key, value) in small.sums)
        {
            if (large.sums.TryGetValue(key, out var otherValue))
            {
                dot += value * otherValue;
            }
        }

        return dot / Math.Sqrt(squaredNorm * other.squaredNorm);
    }

    private double Dot(WeightedVector vector)
    {
        var dot = 0.0;
        for (var i = 0; i < vector.Keys.Length; i++)
        {
            if (sums.TryGetValue(vector.Keys[i], out var value))
            {
                dot += value * vector.Weights[i];
            }
        }

        return dot;
    }
}
