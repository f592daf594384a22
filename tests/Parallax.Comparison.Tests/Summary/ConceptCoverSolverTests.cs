using System.Collections.Immutable;
using Parallax.Comparison.Summary;

namespace Parallax.Comparison.Tests.Summary;

public sealed class ConceptCoverSolverTests
{
    [Fact]
    public void A_concept_counts_once_so_a_sentence_repeating_the_first_loses_to_one_adding_something_new()
    {
        CoverItem[] items =
        [
            new(0, 5, [0, 1], 0),
            new(1, 5, [0, 1], 1),
            new(2, 5, [2], 2),
        ];

        var chosen = ConceptCoverSolver.Solve(items, [3, 3, 2], budget: 10);

        Assert.Equal([0, 2], chosen.Order());
    }

    [Fact]
    public void Finds_the_optimum_of_small_random_programs_within_the_budget_and_one_item_per_group()
    {
        var random = new Random(7);
        for (var round = 0; round < 40; round++)
        {
            var weights = Enumerable.Range(0, 10).Select(_ => random.Next(0, 6)).ToArray();
            var items = Enumerable.Range(0, 9)
                .Select(id => new CoverItem(
                    id,
                    random.Next(3, 11),
                    [.. Enumerable.Range(0, 10).Where(_ => random.Next(4) == 0)],
                    random.Next(6)))
                .ToArray();
            var budget = random.Next(10, 26);

            var chosen = ConceptCoverSolver.Solve(items, weights, budget);

            var picked = chosen.Select(id => items[id]).ToList();
            Assert.True(picked.Sum(i => i.Length) <= budget);
            Assert.Equal(picked.Count, picked.Select(i => i.Group).Distinct().Count());
            Assert.Equal(BruteForceOptimum(items, weights, budget), Value(picked, weights));
        }
    }

    private static int BruteForceOptimum(CoverItem[] items, int[] weights, int budget)
    {
        var best = 0;
        for (var mask = 0; mask < 1 << items.Length; mask++)
        {
            var subset = items.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            if (subset.Sum(i => i.Length) <= budget && subset.Select(i => i.Group).Distinct().Count() == subset.Count)
            {
                best = Math.Max(best, Value(subset, weights));
            }
        }

        return best;
    }

    private static int Value(IEnumerable<CoverItem> items, int[] weights) =>
        items.SelectMany(i => i.Concepts).Distinct().Sum(c => weights[c]);
}
