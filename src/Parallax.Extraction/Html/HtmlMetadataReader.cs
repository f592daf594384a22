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
        var (jsonLd, articleBody) = JsonLdReader.Read(
            document.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        var metas = MetaValues(document);
        var meta = new DeclaredMetadata
        {
            Title = Meta(metas, "og:title") ?? Meta(metas, "twitter:title"),
            Source = Meta(metas, "og:site_name") ?? Meta(metas, "application-name"),
            Published = FirstMeta(metas, DateMetaNames),
            Updated = FirstMeta(metas, UpdatedMetaNames),
            Author = AuthorMetaNames.Select(name => NotUrl(Meta(metas, name))).FirstOrDefault(a => a is not null),
        };
        var declared = jsonLd.Or(meta);

        // DOM evidence is looked for only when the declarations leave a field open: it costs a walk over the page.
        var evidence = declared is { Published: not null, Updated: not null, Author: not null, LeadImageCaption: not null }
            ? null
            : DomEvidence.Collect(document);
        var dom = evidence is null ? DeclaredMetadata.None : new DeclaredMetadata
        {
            Published = declared.Published is null ? evidence.PublishedTime() : null,
            Updated = declared.Updated is null ? evidence.UpdatedTime() : null,
            Author = declared.Author is null ? evidence.Byline() : null,
            LeadImageCaption = declared.LeadImageCaption is null ? evidence.LeadCaption() : null,
        };
        var page = new DeclaredMetadata
        {
            Title = declared.Title is null ? FirstText(document, "h1") ?? PageTitle(document, declared.Source) : null,
        };

        var merged = declared.Or(dom).Or(page) with
        {
            Url = PageUrl(Canonical(document), Meta(metas, "og:url"), jsonLd.Url),
            Language = Language(document, metas, jsonLd),
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

    private static string? Language(IDocument document, Dictionary<string, string> metas, DeclaredMetadata jsonLd)
    {
        var declared = new[]
        {
            document.DocumentElement?.GetAttribute("lang"),
            document.DocumentElement?.GetAttribute("xml:lang"),
            jsonLd.Language,
            Meta(metas, "og:locale"),
            HttpEquiv(document, "content-language"),
            FirstMeta(metas, LanguageMetaNames),
        };
        return declared.Select(LanguageTags.Primary).FirstOrDefault(l => l is not null);
    }

    // One pass over the page's meta tags: each property, name or itemprop (lower case) with its first non-blank content.
    private static Dictionary<string, string> MetaValues(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var name = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var content = element.GetAttribute("content");
            if (name is not null && !string.IsNullOrWhiteSpace(content))
            {
                values.TryAdd(name.Trim(), content);
            }
        }

        return values;
    }

    private static string? Meta(Dictionary<string, string> metas, string key) => metas.GetValueOrDefault(key);

    private static string? HttpEquiv(IDocument document, string key) =>
        document.QuerySelectorAll("meta[http-equiv]")
            .Where(e => e.GetAttribute("http-equiv")!.Equals(key, StringComparison.OrdinalIgnoreCase))
            .Select(e => e.GetAttribute("content"))
            .FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));

    private static string? FirstMeta(Dictionary<string, string> metas, string[] keys) =>
        keys.Select(key => Meta(metas, key)).FirstOrDefault(value => value is not null);

    private static string? Canonical(IDocument document)
    {
        foreach (var link in document.QuerySelectorAll("link[rel]"))
        {
            if (link.GetAttribute("rel")!.Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase)
                && link.GetAttribute("href") is { Length: > 0 } href)
            {
                return href;
            }
        }

        return null;
    }

    private static string? FirstText(IDocument document, string selector)
    {
        var element = document.QuerySelector(selector);
        var text = element is null ? null : WhiteSpace.Collapse(element.TextContent);
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
