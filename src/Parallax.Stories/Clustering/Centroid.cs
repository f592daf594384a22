using Parallax.Stories.Features;

namespace Parallax.Stories.Clustering;

/// <summary>
/// The running sum of unit vectors added to a story, with its squared norm kept up to date so cosine similarity
/// with it costs one pass over the other vector. Owned by one stream; not shared between threads.
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

    /// <summary>Adds the sum of another centroid: the same as adding each vector added to it.</summary>
    public void Add(Centroid other)
    {
        if (other.squaredNorm <= 0)
        {
            return;
        }

        // |c + o|² = |c|² + 2 c·o + |o|², with c·o taken before the addition.
        var dot = DotWith(other);
        foreach (var (key, value) in other.sums)
        {
            sums[key] = sums.GetValueOrDefault(key) + value;
        }

        squaredNorm += (2 * dot) + other.squaredNorm;
    }

    /// <summary>A copy that changes independently.</summary>
    public Centroid Clone()
    {
        var copy = new Centroid();
        foreach (var (key, value) in sums)
        {
            copy.sums[key] = value;
        }

        copy.squaredNorm = squaredNorm;
        return copy;
    }

    /// <summary>The sums and the squared norm, for saving the state of a stream.</summary>
    public IReadOnlyDictionary<string, double> Sums => sums;

    /// <summary>The squared norm of the sum.</summary>
    public double SquaredNorm => squaredNorm;

    /// <summary>Restores a centroid saved through <see cref="Sums"/> and <see cref="SquaredNorm"/>.</summary>
    public void Restore(IEnumerable<KeyValuePair<string, double>> saved, double savedSquaredNorm)
    {
        sums.Clear();
        foreach (var (key, value) in saved)
        {
            sums[key] = value;
        }

        squaredNorm = savedSquaredNorm;
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

        return DotWith(other) / Math.Sqrt(squaredNorm * other.squaredNorm);
    }

    private double DotWith(Centroid other)
    {
        var (small, large) = sums.Count <= other.sums.Count ? (this, other) : (other, this);
        var dot = 0.0;
        foreach (var (key, value) in small.sums)
        {
            if (large.sums.TryGetValue(key, out var otherValue))
            {
                dot += value * otherValue;
            }
        }

        return dot;
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
