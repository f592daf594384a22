using Parallax.Language.Clusters;
using Parallax.Language.Entities.Ner;
using Parallax.Language.Quotes;
using Parallax.Language.Quotes.Tagging;

namespace Parallax.Language.Tests.Quotes;

public sealed class ClusterFeatureTests
{
    [Fact]
    public void The_shipped_clusters_have_three_nested_levels_and_place_a_common_reporting_verb()
    {
        var clusters = WordClusters.Default ?? throw new InvalidOperationException("The build ships no word clusters.");

        Assert.Equal([64, 256, 1024], Enumerable.Range(0, clusters.Levels).Select(clusters.ClustersAt));
        Assert.NotEqual(WordClusters.Unknown, clusters.FinestOf("said"));
    }

    [Fact]
    public void A_verb_outside_the_list_is_marked_at_the_levels_where_it_shares_a_cluster_with_a_listed_verb()
    {
        // Invented clusters: "mends" and "carves" are used alike, "paints" only at the coarse level.
        var clusters = new WordClusters(2, 2, 2, new Dictionary<ulong, int>
        {
            [HashedWords.Hash("mends")] = 0,
            [HashedWords.Hash("carves")] = 0,
            [HashedWords.Hash("paints")] = 1,
            [HashedWords.Hash("harbour")] = 2,
        });

        var reporting = new ReportingClusters(clusters, ["Mends"]);

        Assert.Equal(0b11, reporting.LevelsOf("carves"));
        Assert.Equal(0b01, reporting.LevelsOf("paints"));
        Assert.Equal(0, reporting.LevelsOf("harbour"));
        Assert.Equal(0, reporting.LevelsOf("quomped"));
        Assert.Equal(0, new ReportingClusters(null, ["mends"]).LevelsOf("mends"));
    }

    [Fact]
    public void The_cue_tagger_reads_whether_the_word_and_its_neighbours_share_a_cluster_with_a_reporting_verb()
    {
        var paragraph = TestParagraphs.Of("The harbour master said the pier would close.");
        var said = Array.IndexOf(paragraph.Lower, "said");
        var features = new List<ulong>();

        new CueFeatures(paragraph, CueLexicon.Empty).AddObserved(said + 1, features);

        Assert.Equal(0b111, paragraph.CueVerbClusters[said]); // a listed verb shares every level's cluster with itself
        Assert.Contains(FeatureHash.Of((uint)AttributionFeature.CueVerbClusterAt, (-1 * 16) + 0b110), features);
        Assert.Contains(FeatureHash.Of((uint)AttributionFeature.CueVerbClusterAt, 0 + (paragraph.CueVerbClusters[said + 1] & 0b110)), features);
        var last = new List<ulong>();
        new CueFeatures(paragraph, CueLexicon.Empty).AddObserved(paragraph.Length - 1, last);
        Assert.Contains(FeatureHash.Of((uint)AttributionFeature.CueVerbClusterAt, 16 - 1), last); // past the paragraph's end
    }

    [Fact]
    public void A_word_without_a_cluster_is_not_marked()
    {
        var paragraph = TestParagraphs.Of("Zorblat quomped the flurn.");

        Assert.Equal(0, paragraph.CueVerbClusters[Array.IndexOf(paragraph.Lower, "quomped")]);
    }
}
