namespace Parallax.Stories.Evaluation;

/// <summary>Pearson's product-moment correlation.</summary>
public static class PearsonCorrelation
{
    /// <summary>The correlation of <paramref name="x"/> and <paramref name="y"/>; NaN when either has no variance.</summary>
    public static double Of(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException("Both series must have the same length.", nameof(y));
        }

        var n = x.Count;
        if (n < 2)
        {
            return double.NaN;
        }

        double meanX = 0, meanY = 0;
        for (var i = 0; i < n; i++)
        {
            meanX += x[i];
            meanY += y[i];
        }

        meanX /= n;
        meanY /= n;
        double covariance = 0, varianceX = 0, varianceY = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = x[i] - meanX;
            var dy = y[i] - meanY;
            covariance += dx * dy;
            varianceX += dx * dx;
            varianceY += dy * dy;
        }

        return varianceX <= 0 || varianceY <= 0 ? double.NaN : covariance / Math.Sqrt(varianceX * varianceY);
    }
}
