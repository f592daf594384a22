using System.Globalization;
using Parallax.Core.Articles;
using Parallax.Extraction;
using Parallax.Extraction.Feeds;
using Parallax.Extraction.Html;
using Parallax.Extraction.Metadata;
using Parallax.Extraction.Text;

namespace Parallax.Sources.Feeds;

/// <summary>
/// Turns a fetched page, or a feed item's own content, into an article through the HTML extractor. The item's
/// link is the article's URL; the page's own title, author and date come first, the item's fill the gaps.
/// </summary>
/// <remarks>
/// Mirrors <c>ArticleBuilder.FromHtml</c> (outlet by evidence: declared, URL host, the page's own furniture),
/// which is internal to Parallax.Extraction; <see cref="FromHtml"/> is the single call site to switch to it.
/// </remarks>
internal static class PageArticles
{
    public const string NoArticleText = "no article text found";

    public static ArticleReadResult FromHtml(string url, string html, FeedItem item)
    {
        var extraction = HtmlExtractor.Extract(html);
        var declared = new DeclaredMetadata { Url = url }.Normalized().Or(extraction.Metadata).Or(FromItem(item));
        return Build(url, declared, extraction.Content);
    }

    /// <summary>The item's own content (content:encoded / Atom content, else its summary) as an article when its body has at least <paramref name="minCharacters"/> characters; else null.</summary>
    public static Article? FromFeedContent(string url, FeedItem item, int minCharacters)
    {
        var declared = new DeclaredMetadata { Url = url }.Normalized().Or(FromItem(item));
        if (item.ContentHtml is { } content
            && Build(url, declared, HtmlExtractor.Extract(content).Content).Article is { } article
            && article.Text.Length >= minCharacters)
        {
            return article;
        }

        if (item.Summary is { } summary && summary.Length >= minCharacters)
        {
            return Build(url, declared, new CleanedText(null, [summary], [], [], null, null)).Article;
        }

        return null;
    }

    private static DeclaredMetadata FromItem(FeedItem item) => new()
    {
        Title = item.Title,
        Author = item.Author,
        Published = item.Published?.ToString("O", CultureInfo.InvariantCulture),
    };

    private static ArticleReadResult Build(string path, DeclaredMetadata declared, CleanedText content)
    {
        if (content.Body.IsEmpty)
        {
            return ArticleReadResult.Failure(path, NoArticleText);
        }

        var (source, evidence) = declared.Source is { } declaredSource ? (declaredSource, SourceEvidence.Declared)
            : OutletNames.FromUrl(declared.Url) is { } host ? (host, SourceEvidence.Url)
            : content.OutletSignal is { } signal ? (signal, SourceEvidence.TextSignal)
            : (OutletNames.FromFileName(path), SourceEvidence.FileName);
        return ArticleReadResult.Success(new Article
        {
            Id = ArticleIdentity.Compute(content.Body),
            Path = path,
            Source = source,
            SourceEvidence = evidence,
            Title = declared.Title ?? content.Title,
            Url = declared.Url,
            Published = PublishedDateParser.Parse(declared.Published),
            Author = declared.Author ?? content.AuthorSignal,
            Body = content.Body,
            Removed = content.Removed,
            Captions = content.Captions,
        });
    }
}
