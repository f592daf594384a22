namespace Parallax.Comparison.QuoteVariants;

/// <summary>Word-level longest common subsequence: the length, and which words of each side it keeps.</summary>
internal static class WordDiff
{
    /// <summary>Marks in <paramref name="matchedA"/> the words of <paramref name="a"/> kept by one LCS with <paramref name="b"/>; returns its length.</summary>
    public static int Match(IReadOnlyList<string> a, IReadOnlyList<string> b, bool[]? matchedA = null)
    {
        var n = a.Count;
        var m = b.Count;
        var table = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        if (matchedA is not null)
        {
            var x = 0;
            var y = 0;
            while (x < n && y < m)
            {
                if (a[x] == b[y])
                {
                    matchedA[x] = true;
                    x++;
                    y++;
                }
                else if (table[x + 1, y] >= table[x, y + 1])
                {
                    x++;
                }
                else
                {
                    y++;
                }
            }
        }

        return table[0, 0];
    }
}
