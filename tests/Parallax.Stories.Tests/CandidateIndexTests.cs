using Parallax.Stories.Clustering;
using Parallax.Stories.Evaluation;

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

    [Fact]
    public void Candidates_are_the_groups_sharing_the_most_weighted_terms_in_either_order()
    {
        var random = new SplitMixRandom(5);
        var index = new CandidateIndex();
        var termsOf = new Dictionary<int, HashSet<int>>();
        for (var group = 0; group < 120; group += 1 + (group % 3))
        {
            termsOf[group] = [];
            index.Add(group, Enumerable.Range(0, 12).Select(_ => (int)(random.NextUInt64() % 40)).ToArray().AsSpan(), termsOf[group]);
        }

        for (var trial = 0; trial < 50; trial++)
        {
            var query = Enumerable.Range(0, 8).Select(_ => (int)(random.NextUInt64() % 50)).Distinct().ToArray();
            foreach (var ranked in new[] { true, false })
            {
                // Each shared term counts n − i (ranked) or 1; most shared first, ties to the lower group.
                var expected = termsOf
                    .Select(g => (Group: g.Key, Score: query.Select((t, i) => g.Value.Contains(t) ? (ranked ? query.Length - i : 1) : 0).Sum()))
                    .Where(static g => g.Score > 0)
                    .OrderByDescending(static g => g.Score)
                    .ThenBy(static g => g.Group)
                    .Take(10)
                    .Select(static g => g.Group)
                    .ToList();

                Assert.Equal(expected, index.CandidatesMostSharedFirst(query, 10, ranked));
                Assert.Equal(expected.Order(), index.Candidates(query, 10, ranked));
            }
        }
    }
}
