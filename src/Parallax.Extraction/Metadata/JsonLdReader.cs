using System.Net;
using System.Text.Json;
using Parallax.Extraction.Json;

namespace Parallax.Extraction.Metadata;

/// <summary>
/// Reads the article a page describes in its JSON-LD scripts: the first object typed NewsArticle, Article,
/// BlogPosting and kin, found at the top level, in arrays or in an @graph. References by "@id" (Yoast-style graphs
/// that name the author and publisher in separate nodes) are resolved across all of the page's scripts. Broken
/// scripts are skipped.
/// </summary>
internal static class JsonLdReader
{
    private const int MaxDepth = 6;
    private const int MaxScripts = 32;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>The article's metadata and its articleBody, or <see cref="DeclaredMetadata.None"/> and null.</summary>
    public static (DeclaredMetadata Metadata, string? ArticleBody) Read(IEnumerable<string> scripts)
    {
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var script in scripts.Take(MaxScripts))
            {
                try
                {
                    documents.Add(JsonDocument.Parse(script, Options));
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common; the other scripts and the other metadata still count.
                }
            }

            var nodes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var document in documents)
            {
                CollectNodes(document.RootElement, nodes, depth: 0);
            }

            foreach (var document in documents)
            {
                if (FindArticle(document.RootElement, depth: 0) is { } article)
                {
                    return (Describe(article, nodes, documents), Unescaped(JsonFields.Text(article, "articleBody")));
                }
            }

            return (DeclaredMetadata.None, null);
        }
        finally
        {
            foreach (var document in documents)
            {
                document.Dispose();
            }
        }
    }

    private static DeclaredMetadata Describe(JsonElement article, Dictionary<string, JsonElement> nodes, List<JsonDocument> documents) => new()
    {
        Title = Unescaped(JsonFields.Text(article, "headline") ?? JsonFields.Text(article, "name")),
        Author = Unescaped(Join(Names(article, "author", nodes)) ?? Join(Names(article, "creator", nodes))),
        Published = JsonFields.Text(article, "datePublished") ?? JsonFields.Text(article, "dateCreated"),
        Updated = JsonFields.Text(article, "dateModified"),
        Source = Unescaped(Names(article, "publisher", nodes).FirstOrDefault() ?? Names(article, "sourceOrganization", nodes).FirstOrDefault()),
        Url = JsonFields.Text(article, "url") ?? Reference(article, "mainEntityOfPage"),
        Language = LanguageOf(article) ?? documents.Select(d => FindLanguage(d.RootElement, 0)).FirstOrDefault(l => l is not null),
        LeadImageCaption = Unescaped(ImageCaption(article, nodes)),
    };

    // Content systems often fill JSON-LD from HTML-escaped fields ("&quot;", "&#243;"); JSON needs no such escapes,
    // so a character reference in a JSON-LD string is the page's escaping, not its text.
    private static string? Unescaped(string? text) =>
        text is not null && text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;

    private static void CollectNodes(JsonElement element, Dictionary<string, JsonElement> nodes, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectNodes(item, nodes, depth + 1);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            // A node that only points elsewhere ({"@id": ...}) does not define the id.
            if (JsonFields.Text(element, "@id") is { } id && element.EnumerateObject().Count() > 1)
            {
                nodes.TryAdd(id, element);
            }

            if (element.TryGetProperty("@graph", out var graph))
            {
                CollectNodes(graph, nodes, depth + 1);
            }
        }
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > MaxDepth)
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

        // A WebPage may hold the article as its mainEntity.
        return (element.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null)
            ?? (element.TryGetProperty("mainEntity", out var main) ? FindArticle(main, depth + 1) : null);
    }

    private static bool IsArticleType(JsonElement type)
    {
        if (type.ValueKind == JsonValueKind.Array)
        {
            return type.EnumerateArray().Any(IsArticleType);
        }

        return type.ValueKind == JsonValueKind.String && type.GetString() is { } name
            && (name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "Report" or "LiveBlogPosting");
    }

    // A string, an object's name (or its given and family names), or a reference to a node that has one; arrays
    // give one name per item.
    private static List<string> Names(JsonElement owner, string property, Dictionary<string, JsonElement> nodes)
    {
        var names = new List<string>();
        if (owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(property, out var value))
        {
            AddNames(value, nodes, names, depth: 0);
        }

        return names;
    }

    private static void AddNames(JsonElement value, Dictionary<string, JsonElement> nodes, List<string> names, int depth)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when value.GetString() is { Length: > 0 } text:
                names.Add(text);
                break;
            case JsonValueKind.Array when depth == 0:
                foreach (var item in value.EnumerateArray())
                {
                    AddNames(item, nodes, names, depth + 1);
                }

                break;
            case JsonValueKind.Object:
                var node = Resolve(value, nodes);
                var name = JsonFields.Text(node, "name")
                    ?? Join([.. new[] { JsonFields.Text(node, "givenName"), JsonFields.Text(node, "familyName") }.OfType<string>()], " ");
                if (name is not null)
                {
                    names.Add(name);
                }

                break;
            default:
                break;
        }
    }

    private static JsonElement Resolve(JsonElement value, Dictionary<string, JsonElement> nodes) =>
        JsonFields.Text(value, "name") is null && JsonFields.Text(value, "@id") is { } id && nodes.TryGetValue(id, out var node)
            ? node
            : value;

    private static string? Reference(JsonElement owner, string property) =>
        owner.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object
            ? JsonFields.Text(value, "@id") ?? JsonFields.Text(value, "url")
            : JsonFields.Text(owner, property);

    // inLanguage: "en-GB", or a Language object with its code as alternateName.
    private static string? LanguageOf(JsonElement node)
    {
        if (!node.TryGetProperty("inLanguage", out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? JsonFields.Text(value, "alternateName") ?? JsonFields.Text(value, "name")
            : JsonFields.Text(node, "inLanguage");
    }

    private static string? FindLanguage(JsonElement element, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        return element.ValueKind switch
        {
            JsonValueKind.Array => element.EnumerateArray().Select(e => FindLanguage(e, depth + 1)).FirstOrDefault(l => l is not null),
            JsonValueKind.Object => LanguageOf(element)
                ?? (element.TryGetProperty("@graph", out var graph) ? FindLanguage(graph, depth + 1) : null),
            _ => null,
        };
    }

    private static string? ImageCaption(JsonElement article, Dictionary<string, JsonElement> nodes)
    {
        if (!article.TryGetProperty("image", out var image))
        {
            return null;
        }

        var first = image.ValueKind == JsonValueKind.Array ? image.EnumerateArray().FirstOrDefault() : image;
        return first.ValueKind == JsonValueKind.Object ? JsonFields.Text(Resolve(first, nodes), "caption") : null;
    }

    private static string? Join(List<string> names, string separator = ", ") => names.Count == 0 ? null : string.Join(separator, names);
}
