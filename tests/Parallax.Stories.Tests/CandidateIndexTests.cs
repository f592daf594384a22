using Parallax.Stories.Clustering;

namespace Parallax.Stories.Tests;

public sealed class CandidateIndexTests
{
    [Fact]
    public void TermsAddedFromASpanIndexAsTermsAddedFromAnEnumerable()
    {
        int[][] groups = [[5, 3, 9, 3, 12], [9, 1, 4], [12, 5, 4, 8, 2], [7]];
        var fromSpans = new CandidateIndex();
        var fromEnumerables = new CandidateIndex();
        var indexedBySpan = new HashSet<int>[groups.Length];
        var indexedByEnumerable = new HashSet<int>[groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            indexedBySpan[g] = [];
            indexedByEnumerable[g] = [];
            fromSpans.Add(g, groups[g].AsSpan(0, groups[g].Length - 1), indexedBySpan[g]);
            fromEnumerables.Add(g, groups[g].Take(groups[g].Length - 1), indexedByEnumerable[g]);
            Assert.Equal(indexedByEnumerable[g], indexedBySpan[g]);
        }

        int[][] queries = [[5, 9, 4], [12], [1, 8, 3, 5], [7, 2]];
        foreach (var query in queries)
        {
            foreach (var ranked in new[] { true, false })
            {
                Assert.Equal(fromEnumerables.Candidates(query, 2, ranked), fromSpans.Candidates(query, 2, ranked));
            }
        }

        Assert.NotEmpty(fromSpans.Candidates([5, 9, 4], 2, ranked: true));
    }
}
