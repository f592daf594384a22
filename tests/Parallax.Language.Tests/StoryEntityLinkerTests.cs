using Parallax.Core.Annotations;
using Parallax.Core.Pipeline;
using Parallax.Core.Reports;
using Parallax.Core.Stories;
using Parallax.Language.Entities;

namespace Parallax.Language.Tests;

public class StoryEntityLinkerTests
{
    private static (StoryReport Report, Document[] Documents) LinkSeeds()
    {
        var documents = TestDocuments.SeedPrefixes.Select(TestDocuments.Seed).ToArray();
        var story = new Story("s1", "Peace talks", "l1", [.. documents.Select(d => d.Article.Id)]);
        var context = new StoryContext(story, [.. documents], []);
        return (new StoryEntityLinker().Analyze(context, new StoryReport(story)), documents);
    }

    [Fact]
    public void One_person_under_every_spelling_across_outlets()
    {
        var (report, documents) = LinkSeeds();
        var zelensky = Assert.Single(report.Entities, e => e.Aliases.Contains("Zelenskiy") || e.Name.Contains("Zelenskiy", StringComparison.Ordinal));
        Assert.Equal(EntityKind.Person, zelensky.Kind);
        Assert.Contains("Zelensky", zelensky.Aliases.Append(zelensky.Name));
        Assert.Contains("outlet-000", zelensky.Sources);
        Assert.Contains("outlet-001", zelensky.Sources);
        Assert.Contains("outlet-004", zelensky.Sources);

        var expectedMentions = documents.Sum(d => d.Mentions.Count(m =>
            d.FindEntity(m.EntityId) is { Kind: EntityKind.Person } e && EntityNameMatcher.IsSameEntity(e.Name, "Volodymyr Zelensky", EntityKind.Person)));
        Assert.Equal(expectedMentions, zelensky.Mentions);
    }

    [Fact]
    public void Peskov_merges_roles_and_sources_from_all_outlets()
    {
        var (report, _) = LinkSeeds();
        var peskov = Assert.Single(report.Entities, e => e.Name == "Dmitry Peskov");
        Assert.Equal(5, peskov.Sources.Length);
        Assert.Contains("Kremlin spokesman", peskov.Roles);
        Assert.Contains("Kremlin spokesperson", peskov.Roles);
        Assert.Contains("Peskov", peskov.Aliases);
    }

    [Fact]
    public void Entities_are_sorted_by_mentions_then_name()
    {
        var (report, _) = LinkSeeds();
        Assert.NotEmpty(report.Entities);
        var expected = report.Entities.OrderByDescending(e => e.Mentions).ThenBy(e => e.Name, StringComparer.Ordinal).Select(e => e.Name);
        Assert.Equal(expected, report.Entities.Select(e => e.Name));
        Assert.Single(report.Entities, e => e.Name == "Donald Trump");
    }
}
