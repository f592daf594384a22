using Parallax.Stories.Features;

namespace Parallax.Stories.Clustering;

/// <summary>
/// The running sum of unit vectors added to a story, with its squared norm kept up to date so cosine similarity
/// with it costs one pass over the other vector. Sums are keyed by the keys' numbers in the stream's
/// <see cref="KeyTable"/>. Owned by one stream; not shared between threads.
/// </summary>
internal sealed class Centroid
{
    // Keys are added, and dropped only all at once (DropKeys), so both follow insertion order: the i-th sum belongs
    // to keys[i].
    private readonly OrderedSums sums = new();
    private readonly List<string> keys = [];
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
        for (var i = 0; i < vector.Ids.Length; i++)
        {
            // The key's string is read from the table only when the centroid meets the key for the first time.
            if (Accumulate(vector.Ids[i], vector.Weights[i]))
            {
                keys.Add(vector.Key(i));
            }
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
        for (var i = 0; i < other.sums.Count; i++)
        {
            if (Accumulate(other.sums.KeyAt(i), other.sums.SumAt(i)))
            {
                keys.Add(other.keys[i]);
            }
        }

        squaredNorm += (2 * dot) + other.squaredNorm;
    }

    /// <summary>A copy that changes independently.</summary>
    public Centroid Clone()
    {
        var copy = new Centroid();
        for (var i = 0; i < sums.Count; i++)
        {
            copy.sums.GetValueRefOrAddDefault(sums.KeyAt(i), out _) = sums.SumAt(i);
        }

        copy.keys.AddRange(keys);
        copy.squaredNorm = squaredNorm;
        return copy;
    }

    /// <summary>The sums by key in the order their keys were first added, for saving the state of a stream.</summary>
    public IEnumerable<(string Key, double Sum)> Sums()
    {
        for (var i = 0; i < sums.Count; i++)
        {
            yield return (keys[i], sums.SumAt(i));
        }
    }

    /// <summary>Holds the numbers of its keys in <paramref name="table"/> (the table of their kind) through the next release of forgotten keys.</summary>
    public void HoldKeys(KeyTable table)
    {
        for (var i = 0; i < sums.Count; i++)
        {
            table.Hold(sums.KeyAt(i));
        }
    }

    /// <summary>
    /// Drops the sums of the keys <paramref name="drop"/> picks, keeping the others in their order; the squared norm
    /// is then worked out afresh from the sums kept. Nothing changes when no key is picked.
    /// </summary>
    /// <returns>How many keys were dropped.</returns>
    public int DropKeys(Func<int, bool> drop)
    {
        // Which positions go is decided first, while keys and their strings still line up.
        var before = sums.Count;
        var kept = 0;
        for (var i = 0; i < before; i++)
        {
            if (!drop(sums.KeyAt(i)))
            {
                keys[kept++] = keys[i];
            }
        }

        if (kept == before)
        {
            return 0;
        }

        keys.RemoveRange(kept, before - kept);
        sums.RemoveWhere(drop);
        var keptSquaredNorm = 0.0;
        for (var i = 0; i < sums.Count; i++)
        {
            var sum = sums.SumAt(i);
            keptSquaredNorm += sum * sum;
        }

        squaredNorm = keptSquaredNorm;
        return before - kept;
    }

    /// <summary>The squared norm of the sum.</summary>
    public double SquaredNorm => squaredNorm;

    /// <summary>Restores a centroid saved through <see cref="Sums"/> and <see cref="SquaredNorm"/>, its keys numbered again.</summary>
    public void Restore(IEnumerable<(int Id, string Key, double Sum)> saved, double savedSquaredNorm)
    {
        sums.Clear();
        keys.Clear();
        foreach (var (id, key, value) in saved)
        {
            sums.GetValueRefOrAddDefault(id, out _) = value;
            keys.Add(key);
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

    /// <summary>
    /// <see cref="Cosine(WeightedVector)"/> when it can reach <paramref name="needed"/> (the same value, bit for bit);
    /// false, with the comparison stopped early, once the keys not yet looked up cannot bring it there.
    /// </summary>
    /// <param name="vector">A unit vector.</param>
    /// <param name="tails">The norms of <paramref name="vector"/>'s tails (<see cref="TailNorms.Compute"/> of its weights).</param>
    /// <param name="needed">The cosine needed.</param>
    /// <param name="cosine">The cosine, when true.</param>
    public bool TryCosineAtLeast(WeightedVector vector, TailNorms tails, double needed, out double cosine)
    {
        cosine = 0;
        if (vector.IsEmpty || squaredNorm <= 0)
        {
            return true;
        }

        // The centroid's norm bounds that of its sums over the keys still to look up; the factor covers the
        // rounding of the incremental squared norm and of the tail norms, far below a millionth.
        var norm = Math.Sqrt(squaredNorm);
        if (!sums.TryDotAtLeast(vector.Ids, vector.Weights, tails.Norms, TailNorms.Step, norm * (1 + 1e-6), needed * norm, out var dot))
        {
            return false;
        }

        cosine = dot / Math.Sqrt(squaredNorm);
        return true;
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

    /// <summary>Adds <paramref name="value"/> to key <paramref name="id"/>'s sum; true when the key is new (its string is then due).</summary>
    private bool Accumulate(int id, double value)
    {
        ref var sum = ref sums.GetValueRefOrAddDefault(id, out var exists);
        sum += value;
        return !exists;
    }

    private double DotWith(Centroid other)
    {
        var (small, large) = sums.Count <= other.sums.Count ? (this, other) : (other, this);
        var dot = 0.0;
        for (var i = 0; i < small.sums.Count; i++)
        {
            if (large.sums.TryGetValue(small.sums.KeyAt(i), out var otherValue))
            {
                dot += small.sums.SumAt(i) * otherValue;
            }
        }

        return dot;
    }

    private double Dot(WeightedVector vector) => sums.Dot(vector.Ids, vector.Weights);
}
