using Parallax.Core.Annotations;
using Parallax.Core.Stories;
using static Parallax.Stories.Tests.StreamFixtures;

namespace Parallax.Stories.Tests;

public sealed class PrecomputedStoriesTests
{
    [Fact]
    public void The_grouping_is_cut_to_the_documents_given_and_an_uncovered_document_is_a_story_of_its_own()
    {
        Document[] all = [BridgeClosedA(Start), BridgeClosedB(Start.AddHours(1)), MarathonA(Start.AddHours(2)), MarathonB(Start.AddHours(3))];
        var grouping = new StoryDetector().Detect(all[..3]);
        grouping = grouping with { Duplicates = [new DuplicateLink(all[1].Article.Id, all[0].Article.Id, 0.9), new DuplicateLink(all[2].Article.Id, "gone", 0.9)] };

        var cut = new PrecomputedStories(grouping).Detect([all[0], all[1], all[3]]);

        var ids = cut.Stories.SelectMany(static s => s.ArticleIds).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { all[0], all[1], all[3] }.Select(static d => d.Article.Id).Order(StringComparer.Ordinal), ids);
        Assert.Contains(cut.Stories, s => s.ArticleIds.SequenceEqual([all[0].Article.Id, all[1].Article.Id]));
        var own = Assert.Single(cut.Stories, s => s.ArticleIds.SequenceEqual([all[3].Article.Id]));
        Assert.Equal(all[3].Article.Title, own.Title);
        Assert.All(cut.Stories, s => Assert.Contains(cut.Storylines, l => l.Id == s.StorylineId && l.StoryIds.Contains(s.Id)));
        Assert.DoesNotContain(cut.Storylines, l => l.StoryIds.IsEmpty);
        Assert.Equal([all[1].Article.Id], cut.Duplicates.Select(static d => d.ArticleId));
    }
}
