using System.Collections.Immutable;
using Parallax.Comparison.Text;

namespace Parallax.Comparison.Facts;

/// <summary>
/// Groups sentences of different outlets that report the same thing. Pairs above the similarity threshold are
/// merged strongest first (ties in story order), an outlet joins a group at most once (its best sentence, since
/// its strongest pair comes first), and a group only grows when the newcomer is, on average, still close to the
/// whole group, which stops chains of loosely related sentences.
/// </summary>
internal static class FactClustering
{
    /// <summary>Average-link floor, as a share of the pair threshold.</summary>
    private const double AverageLinkShare = 0.75;

    /// <summary>Two sentences report the same thing only when they share at least this many terms, so that short sentences naming the same people do not align on names alone.</summary>
    private const int MinSharedTerms = 3;

    /// <summary>
    /// Two sentences report the same thing only when at least this many of their shared terms are not names: sentences
    /// of one story name the same people, places and bodies again and again, so names alone ("Hassan Asfour, a
    /// negotiator, said X" / "Hassan Asfour, an official, said Y") tell nothing of whether they say the same.
    /// </summary>
    private const int MinSharedContentTerms = 2;

    /// <summary>Exact shared terms that make a pair worth scoring (spelling variants may supply the rest).</summary>
    private const int CandidateSharedTerms = 2;

    /// <summary>
    /// Clusters the story sentences of <paramref name="corpus"/> (related documents are left out); every eligible
    /// sentence ends in exactly one cluster. Clusters and their members are in story order.
    /// </summary>
    public static ImmutableArray<ImmutableArray<int>> Cluster(StoryCorpus corpus, double threshold, int minContentWords)
    {
        var eligible = new List<int>();
        foreach (var profile in corpus.Profiles)
        {
            if (!corpus.IsRelated(profile) && profile.IsProse && profile.Stems.Length >= minContentWords)
            {
                eligible.Add(profile.Order);
            }
        }

        var pairs = new List<(double Similarity, int A, int B)>();
        var similarities = new Dictionary<(int, int), double>();
        foreach (var (a, b) in corpus.CandidatePairs(eligible, CandidateSharedTerms))
        {
            if (corpus.Profiles[a].Source == corpus.Profiles[b].Source)
            {
                continue;
            }

            var (similarity, shared, sharedContent) = corpus.Compare(a, b);
            similarities[(a, b)] = similarity;
            if (similarity >= threshold && shared >= MinSharedTerms && sharedContent >= MinSharedContentTerms)
            {
                pairs.Add((similarity, a, b));
            }
        }

        pairs.Sort((p, q) => p.Similarity != q.Similarity
            ? q.Similarity.CompareTo(p.Similarity)
            : p.A != q.A ? p.A.CompareTo(q.A) : p.B.CompareTo(q.B));

        var clusterOf = new Dictionary<int, List<int>>();
        foreach (var index in eligible)
        {
            clusterOf[index] = [index];
        }

        foreach (var (_, a, b) in pairs)
        {
            var ca = clusterOf[a];
            var cb = clusterOf[b];
            if (ReferenceEquals(ca, cb) || SharesSource(corpus, ca, cb) || AverageLink(similarities, ca, cb) < threshold * AverageLinkShare)
            {
                continue;
            }

            ca.AddRange(cb);
            foreach (var member in cb)
            {
                clusterOf[member] = ca;
            }
        }

        var seen = new HashSet<List<int>>(ReferenceEqualityComparer.Instance);
        var clusters = new List<ImmutableArray<int>>();
        foreach (var index in eligible)
        {
            var cluster = clusterOf[index];
            if (seen.Add(cluster))
            {
                cluster.Sort();
                clusters.Add([.. cluster]);
            }
        }

        return [.. clusters];
    }

    private static bool SharesSource(StoryCorpus corpus, List<int> a, List<int> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (corpus.Profiles[x].Source == corpus.Profiles[y].Source)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Mean similarity across two groups; pairs that were never candidates count as dissimilar.</summary>
    private static double AverageLink(Dictionary<(int, int), double> similarities, List<int> a, List<int> b)
    {
        double sum = 0;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                sum += similarities.GetValueOrDefault(x < y ? (x, y) : (y, x));
            }
        }

        return sum / (a.Count * b.Count);
    }
}
