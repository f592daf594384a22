using System.Text.Json;
using AngleSharp.Dom;
using Parallax.Extraction.Json;
using Parallax.Extraction.Metadata;

namespace Parallax.Extraction.Html;

/// <summary>
/// Reads what a page declares about itself, strongest source first: JSON-LD (NewsArticle, Article and kin), then
/// OpenGraph and article:* properties, then plain meta tags, &lt;time datetime&gt;, rel=canonical, h1 and &lt;title&gt;.
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publish-date",
        "publish_date", "publication_date", "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date",
        "sailthru.date", "article.published",
    ];

    public static (DeclaredMetadata Metadata, string? ArticleBody) Read(IDocument document)
    {
        var (jsonLd, articleBody) = ReadJsonLd(document);
        var meta = new DeclaredMetadata
        {
            Title = Meta(document, "og:title") ?? Meta(document, "twitter:title"),
            Source = Meta(document, "og:site_name") ?? Meta(document, "application-name"),
            Url = Canonical(document) ?? Meta(document, "og:url"),
            Published = FirstMeta(document, DateMetaNames) ?? TimeElement(document),
            Author = NotUrl(Meta(document, "author")) ?? NotUrl(Meta(document, "article:author")) ?? NotUrl(Meta(document, "byl")),
        };
        var page = new DeclaredMetadata
        {
            Title = FirstText(document, "h1") ?? PageTitle(document, jsonLd.Source ?? meta.Source),
        };

        return (jsonLd.Or(meta).Or(page).Normalized(), articleBody);
    }

    private static (DeclaredMetadata Metadata, string? ArticleBody) ReadJsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions
                {
                    AllowTrailingCommas = true,
                    CommentHandling = JsonCommentHandling.Skip,
                });
                var article = FindArticle(json.RootElement, depth: 0);
                if (article is { } found)
                {
                    var metadata = new DeclaredMetadata
                    {
                        Title = JsonFields.Text(found, "headline") ?? JsonFields.Text(found, "name"),
                        Author = JsonFields.Names(found, "author"),
                        Published = JsonFields.Text(found, "datePublished") ?? JsonFields.Text(found, "dateCreated"),
                        Source = JsonFields.Names(found, "publisher") ?? JsonFields.Names(found, "sourceOrganization"),
                        Url = JsonFields.Text(found, "url") ?? JsonFields.Names(found, "mainEntityOfPage"),
                    };
                    return (metadata, JsonFields.Text(found, "articleBody"));
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other metadata still counts.
            }
        }

        return (DeclaredMetadata.None, null);
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindArticle(item, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("@type", out var type) && IsArticleType(type))
        {
            return element;
        }

        return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
    }

    private static bool IsArticleType(JsonElement type)
    {
        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (IsArticleType(item))
                {
                    return true;
                }
            }

            return false;
        }

        return type.ValueKind == JsonValueKind.String && type.GetString() is { } name
            && (name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "Report" or "LiveBlogPosting");
    }

    private static string? Meta(IDocument document, string key)
    {
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var name = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            if (name is not null && name.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                var content = element.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content))
                {
                    return content;
                }
            }
        }

        return null;
    }

    private static string? FirstMeta(IDocument document, string[] keys)
    {
        foreach (var key in keys)
        {
            if (Meta(document, key) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static string? TimeElement(IDocument document)
    {
        foreach (var time in document.QuerySelectorAll("time[datetime]"))
        {
            var value = time.GetAttribute("datetime");
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        return null;
    }

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
}
