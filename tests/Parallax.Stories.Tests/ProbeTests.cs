using Parallax.Stories.Clustering;
using Parallax.Stories.Features;
using Xunit.Abstractions;

namespace Parallax.Stories.Tests;

public sealed class ProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var docs = SeedArticles.All();
        var options = StoryDetectorOptions.Default;
        var ex = new FeatureExtractor(options);
        var raw = docs.Select(ex.Extract).ToArray();
        var tf = new Dictionary<string, int>();
        var nf = new Dictionary<string, int>();
        foreach (var r in raw) { foreach (var k in r.Terms.Keys) tf[k] = tf.GetValueOrDefault(k) + 1; foreach (var k in r.Names.Keys) nf[k] = nf.GetValueOrDefault(k) + 1; }
        var tv = raw.Select(r => WeightedVector.FromCounts(r.Terms, tf, docs.Count)).ToArray();
        var nv = raw.Select(r => WeightedVector.FromCounts(r.Names, nf, docs.Count)).ToArray();
        for (var i = 0; i < docs.Count; i++)
        {
            output.WriteLine($"{docs[i].Article.Source} title={docs[i].Article.Title} top: {string.Join(" ", tv[i].Keys.Take(20))}");
            output.WriteLine($"   names: {string.Join(" ", nv[i].Keys.Take(20))}");
            for (var j = 0; j < docs.Count; j++)
            {
                var ct = new Centroid(); ct.Add(tv[j]);
                var cn = new Centroid(); cn.Add(nv[j]);
                output.WriteLine($"   vs {j}: terms {ct.Cosine(tv[i]):0.000} names {cn.Cosine(nv[i]):0.000}");
            }
        }
    }
}
