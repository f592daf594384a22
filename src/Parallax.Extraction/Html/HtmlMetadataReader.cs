using AngleSharp.Dom;
using Parallax.Extraction.Metadata;

namespace Parallax.Extraction.Html;

/// <summary>
/// Reads what a page declares about itself, strongest source first: JSON-LD (NewsArticle, Article and kin), then
/// OpenGraph and article:* properties, then plain meta tags, then DOM evidence (byline elements, &lt;time&gt;, the
/// first figure caption), then h1 and &lt;title&gt;. Two fields have their own order: the URL is rel=canonical, else
/// og:url, else JSON-LD url; the language is &lt;html lang&gt;, else JSON-LD inLanguage, else og:locale, else
/// Content-Language.
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publish-date",
        "publish_date", "publication_date", "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date",
        "sailthru.date", "article.published",
    ];

    private static readonly string[] UpdatedMetaNames =
    [
        "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified",
        "dcterms.modified", "article.updated", "lastmod",
    ];

    private static readonly string[] AuthorMetaNames = ["author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"];

    private static readonly string[] LanguageMetaNames = ["content-language", "language", "dc.language", "dcterms.language"];

    public static (DeclaredMetadata Metadata, string? ArticleBody) Read(IDocument document)
    {
        // One walk gathers what every field below reads; a selector query per field walked the page each time.
        var scan = PageScan.Read(document);
        var (jsonLd, articleBody) = JsonLdReader.Read(scan.JsonLdScripts);
        var metas = scan.Metas;
        var meta = new DeclaredMetadata
        {
            Title = Meta(metas, "og:title") ?? Meta(metas, "twitter:title"),
            Source = Meta(metas, "og:site_name") ?? Meta(metas, "application-name"),
            Published = FirstMeta(metas, DateMetaNames),
            Updated = FirstMeta(metas, UpdatedMetaNames),
            Author = AuthorMetaNames.Select(name => NotUrl(Meta(metas, name))).FirstOrDefault(a => a is not null),
        };
        var declared = jsonLd.Or(meta);

        // DOM evidence fills only the fields the declarations leave open.
        var evidence = scan.Evidence;
        var dom = new DeclaredMetadata
        {
            Published = declared.Published is null ? evidence.PublishedTime() : null,
            Updated = declared.Updated is null ? evidence.UpdatedTime() : null,
            Author = declared.Author is null ? evidence.Byline() : null,
            LeadImageCaption = declared.LeadImageCaption is null ? evidence.LeadCaption() : null,
        };
        var page = new DeclaredMetadata
        {
            Title = declared.Title is null ? HeadingText(scan.FirstHeading) ?? PageTitle(document, declared.Source) : null,
        };

        var merged = declared.Or(dom).Or(page) with
        {
            Url = PageUrl(scan.Canonical, Meta(metas, "og:url"), jsonLd.Url),
            Language = Language(document, scan, jsonLd),
        };
        return (merged.Normalized(), articleBody);
    }

    // The first candidate wins; a relative one is resolved against the next absolute candidate when there is one
    // (ArticleBuilder resolves what is left against the input's own URL).
    private static string? PageUrl(params string?[] candidates)
    {
        var first = candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim();
        if (first is null || IsWebUrl(first))
        {
            return first;
        }

        foreach (var candidate in candidates)
        {
            if (IsWebUrl(candidate?.Trim()) && Uri.TryCreate(candidate!.Trim(), UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, first, out var resolved))
            {
                return resolved.AbsoluteUri;
            }
        }

        return first;
    }

    private static string? Language(IDocument document, PageScan scan, DeclaredMetadata jsonLd)
    {
        var declared = new[]
        {
            document.DocumentElement?.GetAttribute("lang"),
            document.DocumentElement?.GetAttribute("xml:lang"),
            jsonLd.Language,
            Meta(scan.Metas, "og:locale"),
            scan.ContentLanguage,
            FirstMeta(scan.Metas, LanguageMetaNames),
        };
        return declared.Select(LanguageTags.Primary).FirstOrDefault(l => l is not null);
    }

    private static string? Meta(IReadOnlyDictionary<string, string> metas, string key) => metas.GetValueOrDefault(key);

    private static string? FirstMeta(IReadOnlyDictionary<string, string> metas, string[] keys) =>
        keys.Select(key => Meta(metas, key)).FirstOrDefault(value => value is not null);

    private static string? HeadingText(IElement? heading)
    {
        var text = heading is null ? null : WhiteSpace.Collapse(heading.TextContent);
        return string.IsNullOrEmpty(text) ? null : text;
    }

    // "<Headline> | Site" or "<Headline> - Site": the site's part is dropped when it is the known name or short.
    private static string? PageTitle(IDocument document, string? siteName)
    {
        var title = WhiteSpace.Collapse(document.Title ?? "");
        if (title.Length == 0)
        {
            return null;
        }

        foreach (var separator in (ReadOnlySpan<string>)[" | ", " - ", " — ", " – ", " :: "])
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                var tail = title[(at + separator.Length)..];
                if ((siteName is not null && tail.Equals(siteName, StringComparison.OrdinalIgnoreCase)) || tail.Split(' ').Length <= 4)
                {
                    return title[..at];
                }
            }
        }

        return title;
    }

    private static string? NotUrl(string? value) =>
        value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : value;

    // On Unix "/news/x" parses as an absolute file URI; only http(s) addresses count as absolute here.
    private static bool IsWebUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
