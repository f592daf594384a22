using System.Collections.Immutable;
using Parallax.Core.Articles;
using Parallax.Stories.Evaluation;

namespace Parallax.Stories.Tests.Evaluation;

public sealed class GoldHalvesTests
{
    // Forty invented stories of three articles each, interleaved as a stream would give them.
    private static LabelledArticles Data()
    {
        var articles = ImmutableArray.CreateBuilder<Article>();
        var labels = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < 120; i++)
        {
            var story = "story-" + (i % 40);
            articles.Add(SeedArticles.Create("test", null, [$"Report {i} of {story}."]));
            labels.Add(story);
        }

        return new LabelledArticles("invented", articles.ToImmutable(), labels.ToImmutable());
    }

    [Fact]
    public void The_halves_split_the_articles_by_whole_gold_stories_keeping_their_order()
    {
        var data = Data();

        var dev = GoldHalves.Select(data, GoldHalf.Dev);
        var check = GoldHalves.Select(data, GoldHalf.Check);

        Assert.Equal(data.Articles.Length, dev.Articles.Length + check.Articles.Length);
        Assert.Empty(dev.Labels.Intersect(check.Labels));
        Assert.All(dev.Labels, l => Assert.Equal(GoldHalf.Dev, GoldHalves.Of(l)));
        Assert.All(check.Labels, l => Assert.Equal(GoldHalf.Check, GoldHalves.Of(l)));
        Assert.Equal(dev.Articles.Select(a => a.Id), data.Articles.Select(a => a.Id).Where(id => dev.Articles.Any(d => d.Id == id)));
        Assert.InRange(dev.Labels.Distinct().Count(), 10, 30);
        Assert.Contains("dev half", dev.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_keeps_its_half_whatever_other_stories_the_set_holds()
    {
        var data = Data();
        var fewer = new LabelledArticles("fewer", data.Articles[..30], data.Labels[..30]);

        var devOfAll = GoldHalves.Select(data, GoldHalf.Dev).Labels.ToHashSet();
        var devOfFewer = GoldHalves.Select(fewer, GoldHalf.Dev).Labels;

        Assert.All(devOfFewer, l => Assert.Contains(l, devOfAll));
        Assert.All(fewer.Labels.Where(l => devOfAll.Contains(l)), l => Assert.Contains(l, devOfFewer));
    }
}
