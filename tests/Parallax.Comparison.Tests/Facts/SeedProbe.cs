using Parallax.Comparison.Conflicts;
using Parallax.Comparison.Tests.Text;
using Xunit.Abstractions;

namespace Parallax.Comparison.Tests.Facts;

public sealed class SeedProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var docs = new[] { "000", "001", "003" }.Select(TestDocuments.Seed).ToArray();
        var related = new[] { "002", "004" }.Select(TestDocuments.Seed).ToArray();
        var conflicts = new ConflictDetector().Detect(docs, related);
        foreach (var c in conflicts)
        {
            output.WriteLine(c.About);
            foreach (var claim in c.Claims)
            {
                output.WriteLine($"   {claim.Source} [{claim.Value}] {claim.Text}");
            }
        }

        Assert.NotEmpty(conflicts);
    }
}
