using System.Globalization;
using Parallax.Core.Articles;
using Parallax.Extraction;
using Parallax.Extraction.Feeds;
using Parallax.Extraction.Metadata;

namespace Parallax.Sources.Feeds;

/// <summary>
/// Turns a fetched page, or a feed item's own content, into an article through <see cref="ArticleBuilder"/>, the
/// same way files and WARC records become articles. The item's link is the article's URL (the page's canonical
/// address outranks it); the page's own title, authors and dates come first, the item's fill the gaps.
/// </summary>
internal static class PageArticles
{
    public const string NoArticleText = ArticleBuilder.NoArticleText;

    public static ArticleReadResult FromHtml(string url, string html, FeedItem item) =>
        ArticleBuilder.FromHtml(url, html, new DeclaredMetadata { Url = url }.Normalized(), FromItem(item));

    /// <summary>The item's own content (content:encoded / Atom content, else its summary) as an article when its body has at least <paramref name="minCharacters"/> characters; else null.</summary>
    public static Article? FromFeedContent(string url, FeedItem item, int minCharacters)
    {
        if (item.ContentHtml is { } content
            && FromHtml(url, content, item).Article is { } article
            && article.Text.Length >= minCharacters)
        {
            return article;
        }

        if (item.Summary is { } summary && summary.Length >= minCharacters)
        {
            var declared = new DeclaredMetadata { Url = url }.Normalized().Or(FromItem(item));
            return ArticleBuilder.FromText(url, summary, declared).Article;
        }

        return null;
    }

    private static DeclaredMetadata FromItem(FeedItem item) => new()
    {
        Title = item.Title,
        Author = item.Author,
        Published = item.Published?.ToString("O", CultureInfo.InvariantCulture),
    };
}
