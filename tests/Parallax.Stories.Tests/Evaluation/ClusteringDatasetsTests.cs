using Parallax.Stories.Evaluation;

namespace Parallax.Stories.Tests.Evaluation;

public sealed class ClusteringDatasetsTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "parallax-datasets-" + Guid.NewGuid().ToString("N"));

    public ClusteringDatasetsTests() => Directory.CreateDirectory(folder);

    [Fact]
    public void Reads_a_headline_csv_with_quoted_commas_and_keeps_identical_headlines_apart()
    {
        var csv = Path.Combine(folder, "headlines.csv");
        File.WriteAllText(csv, string.Join('\n',
            "ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP",
            "1,\"Council approves budget, ends debate\",http://a.example/1,Gazette,b,s1,a.example,1394470370698",
            "2,Council approves budget,http://b.example/2,Herald,b,s1,b.example,1394470371207",
            "3,Council approves budget,http://c.example/3,Tribune,b,s2,c.example,1394470372000"));

        var data = ClusteringDatasets.LoadLabelled(csv);

        Assert.Equal(["s1", "s1", "s2"], data.Labels.ToArray());
        Assert.Equal("Council approves budget, ends debate", data.Articles[0].Title);
        Assert.Equal(3, data.Articles.Select(a => a.Id).Distinct().Count());
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1394470371207), data.Articles[1].Published);
        Assert.Equal("Herald", data.Articles[1].Source);
    }

    [Fact]
    public void Reads_cluster_folders_with_one_article_per_file()
    {
        foreach (var (cluster, file, text) in new[] { ("d1", "A", "First line.\n  Second line.\n"), ("d1", "B", "Other text."), ("d2", "A", "Third text.") })
        {
            Directory.CreateDirectory(Path.Combine(folder, cluster));
            File.WriteAllText(Path.Combine(folder, cluster, file), text);
        }

        var data = ClusteringDatasets.LoadLabelled(folder);

        Assert.Equal(["d1", "d1", "d2"], data.Labels.ToArray());
        Assert.Equal(["First line.", "Second line."], data.Articles[0].Body.ToArray());
    }

    [Fact]
    public void Reads_only_english_pairs_with_a_score_and_multi_line_texts()
    {
        var csv = Path.Combine(folder, "pairs.csv");
        File.WriteAllText(csv, string.Join('\n',
            "Unnamed: 0,pair_id,lang1,lang2,text1,text2,Geography,Entities,Time,Narrative,Overall,Style,Tone",
            "0,p1,en,en,\"Line one.\nLine two, with a comma.\",Other text.,1,1,1,1,1.5,1,1",
            "1,p2,de,en,Ein Text.,A text.,1,1,1,1,2,1,1",
            "2,p3,en,en,Some text.,More text.,4,4,4,4,4,4,4"));

        Assert.True(ClusteringDatasets.IsPairFile(csv));
        var pairs = ClusteringDatasets.LoadPairs(csv);

        Assert.Equal(["p1", "p3"], pairs.Select(p => p.Id).ToArray());
        Assert.Equal(["Line one.", "Line two, with a comma."], pairs[0].First.Body.ToArray());
        Assert.Equal(1.5, pairs[0].Overall);
    }

    [Fact]
    public void A_csv_without_the_needed_columns_is_refused_by_name()
    {
        var csv = Path.Combine(folder, "other.csv");
        File.WriteAllText(csv, "a,b\n1,2\n");

        var problem = Assert.Throws<InvalidDataException>(() => ClusteringDatasets.LoadLabelled(csv));

        Assert.Contains("other.csv", problem.Message, StringComparison.Ordinal);
        Assert.Contains("STORY", problem.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
