using Parallax.Language.Clusters;
using Parallax.Language.Lexicon;

namespace Parallax.Language.Quotes.Tagging;

/// <summary>
/// The word clusters, level by level, that hold a reporting verb of a list: what lets the cue tagger treat a verb
/// it saw once or never in its labelled data ("lauded", "slammed") like the frequent reporting verbs it shares a
/// cluster with. Immutable.
/// </summary>
internal sealed class ReportingClusters
{
    private readonly WordClusters? clusters;
    private readonly HashSet<int>[] byLevel;

    /// <param name="clusters">The word clusters; null: no word is marked.</param>
    /// <param name="verbs">The reporting verbs.</param>
    public ReportingClusters(WordClusters? clusters, IEnumerable<string> verbs)
    {
        this.clusters = clusters;
        var lower = verbs.Select(v => v.ToLowerInvariant()).ToArray();
        byLevel = clusters is null
            ? []
            : [.. Enumerable.Range(0, clusters.Levels).Select(level => lower
                .Select(v => clusters.ClusterOf(v, level))
                .Where(c => c != WordClusters.Unknown)
                .ToHashSet())];
    }

    /// <summary>The shipped clusters with the rules' reporting verbs (<see cref="CueVerbs.All"/>).</summary>
    public static ReportingClusters Default { get; } = new(WordClusters.Default, CueVerbs.All);

    /// <summary>Bit <c>l</c> set when the cluster of the lower-case <paramref name="word"/> at level <c>l</c> holds a reporting verb.</summary>
    public int LevelsOf(string word)
    {
        if (clusters is null)
        {
            return 0;
        }

        var finest = clusters.FinestOf(word);
        var levels = 0;
        for (var level = 0; level < byLevel.Length && finest != WordClusters.Unknown; level++)
        {
            levels |= byLevel[level].Contains(clusters.At(finest, level)) ? 1 << level : 0;
        }

        return levels;
    }
}
