using Parallax.Core.Annotations;

namespace Parallax.Stories.Tests;

public sealed class NearDuplicateTests
{
    private static readonly DateTimeOffset Morning = new(2025, 9, 12, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Seed 000 as another outlet ran it: a later publication, its own byline and one sentence rewritten.</summary>
    private static Document EditedCopy(DateTimeOffset? published)
    {
        var original = SeedArticles.Load("000");
        var body = original.Body.ToArray();
        body[4] = "Talks in Istanbul this year produced nothing beyond a swap of prisoners, officials said.";
        return new Document(SeedArticles.Create("wire-copy", "Kremlin says talks with Kyiv have stalled", body, published));
    }

    [Fact]
    public void An_edited_copy_from_another_outlet_links_to_the_earlier_original()
    {
        var original = SeedArticles.Document("000", Morning);
        var copy = EditedCopy(Morning.AddHours(3));
        var others = new[] { "001", "002", "003", "004" }.Select(p => SeedArticles.Document(p));

        var grouping = new StoryDetector().Detect([copy, .. others, original]);

        var link = Assert.Single(grouping.Duplicates);
        Assert.Equal(copy.Article.Id, link.ArticleId);
        Assert.Equal(original.Article.Id, link.OriginalId);
        Assert.InRange(link.Similarity, 0.8, 1.0);
        Assert.Contains(grouping.Stories, s => s.ArticleIds.Contains(copy.Article.Id) && s.ArticleIds.Contains(original.Article.Id));
    }

    [Fact]
    public void Without_dates_the_original_is_the_first_by_id()
    {
        var original = SeedArticles.Document("000");
        var copy = EditedCopy(null);

        var link = Assert.Single(new StoryDetector().Detect([original, copy]).Duplicates);

        var ids = new[] { original.Article.Id, copy.Article.Id }.Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(ids[0], link.OriginalId);
        Assert.Equal(ids[1], link.ArticleId);
    }

    [Fact]
    public void A_copy_below_the_threshold_is_not_linked()
    {
        var original = SeedArticles.Document("000", Morning);
        var copy = EditedCopy(Morning.AddHours(1));

        var grouping = new StoryDetector(new StoryDetectorOptions { DuplicateThreshold = 0.999 }).Detect([original, copy]);

        Assert.Empty(grouping.Duplicates);
    }

    [Fact]
    public void A_reworded_copy_with_the_same_words_counts_as_an_exact_copy()
    {
        var original = SeedArticles.Load("002");
        var recased = new Document(SeedArticles.Create("other", null, [.. original.Body.Select(p => p.ToUpperInvariant())], Morning.AddDays(1)));

        var link = Assert.Single(new StoryDetector().Detect([recased, new Document(original with { Published = Morning })]).Duplicates);

        Assert.Equal(1.0, link.Similarity);
        Assert.Equal(recased.Article.Id, link.ArticleId);
    }
}
