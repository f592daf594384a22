using System.Collections.Immutable;
using Parallax.Core.Reports;

namespace Parallax.Reporting.Model;

/// <summary>
/// What each outlet of a story leaves out: the people, organisations, places, voices and facts of the coverage map
/// that other outlets report and it does not. With three or more outlets an item counts only when at least two
/// others report it, so one outlet's detail is not charged to everyone else as an omission.
/// </summary>
internal static class Omissions
{
    /// <summary>Per outlet of <paramref name="entry"/>, in story order, the rows it lacks (in coverage order); outlets lacking nothing are left out.</summary>
    public static ImmutableArray<(string Source, ImmutableArray<CoverageRow> Missing)> Of(StoryEntry entry)
    {
        if (entry.Sources.Length < 2)
        {
            return [];
        }

        var least = entry.Sources.Length >= 3 ? 2 : 1;
        var result = ImmutableArray.CreateBuilder<(string, ImmutableArray<CoverageRow>)>();
        foreach (var source in entry.Sources)
        {
            var missing = entry.Report.Coverage
                .Where(row => !row.Sources.Contains(source, StringComparer.Ordinal) && row.Sources.Length >= least)
                .ToImmutableArray();
            if (!missing.IsEmpty)
            {
                result.Add((source, missing));
            }
        }

        return result.ToImmutable();
    }
}
