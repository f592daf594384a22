using Parallax.Core.Articles;

namespace Parallax.Storage.Tests;

/// <summary>Field-by-field article comparison (record equality compares arrays by reference).</summary>
internal static class ArticleAssert
{
    public static void Same(Article expected, Article actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Path, actual.Path);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.SourceEvidence, actual.SourceEvidence);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Url, actual.Url);
        Assert.Equal(expected.Published, actual.Published);
        Assert.Equal(expected.Published?.Offset, actual.Published?.Offset);
        Assert.Equal(expected.Published?.Ticks, actual.Published?.Ticks);
        Assert.Equal(expected.Author, actual.Author);
        Assert.Equal<string>(expected.Authors, actual.Authors);
        Assert.Equal(expected.Updated, actual.Updated);
        Assert.Equal(expected.Updated?.Offset, actual.Updated?.Offset);
        Assert.Equal(expected.Language, actual.Language);
        Assert.Equal(expected.LeadImageCaption, actual.LeadImageCaption);
        Assert.Equal<string>(expected.Body, actual.Body);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal<RemovedBlock>(expected.Removed, actual.Removed);
        Assert.Equal<string>(expected.Captions, actual.Captions);
    }

    public static void Same(IReadOnlyList<Article> expected, IReadOnlyList<Article> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Same(expected[i], actual[i]);
        }
    }
}
