namespace Parallax.Language.Clusters;

/// <summary>A unit-length sparse vector: the dimensions in ascending order and their values.</summary>
internal sealed record SparseRow(int[] Dimensions, double[] Values)
{
    /// <summary>The dot product with the dense vector <paramref name="dense"/>.</summary>
    public double Dot(ReadOnlySpan<double> dense)
    {
        var sum = 0.0;
        for (var k = 0; k < Dimensions.Length; k++)
        {
            sum += Values[k] * dense[Dimensions[k]];
        }

        return sum;
    }

    /// <summary>Adds the vector to the dense <paramref name="sum"/>.</summary>
    public void AddTo(Span<double> sum)
    {
        for (var k = 0; k < Dimensions.Length; k++)
        {
            sum[Dimensions[k]] += Values[k];
        }
    }
}
