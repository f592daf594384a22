using Parallax.Extraction.Metadata;

namespace Parallax.Extraction.Warc;

/// <summary>
/// Turns one WARC response record into an article: the HTTP response is parsed and decoded, only 2xx HTML pages
/// are kept, and the page goes through the HTML extractor. The record's target URI is the article's URL; its
/// WARC-Date stands in when the page states no publication date of its own.
/// </summary>
internal static class WarcResponseConverter
{
    /// <summary>The article or problem for the record, or null when the record is skipped quietly (not a 2xx HTML page).</summary>
    public static ArticleReadResult? Convert(string recordPath, WarcRecordHeader header, byte[] block, ExtractionOptions options)
    {
        var response = HttpResponseParser.Parse(block, options.MaxFileBytes, out var problem);
        if (response is null)
        {
            return ArticleReadResult.Failure(recordPath, problem!);
        }

        if (!response.IsSuccess || !IsHtml(response))
        {
            return null;
        }

        var (html, decodeProblem) = HtmlBodyDecoder.Decode(response.Body, response.ContentType);
        if (html is null)
        {
            return ArticleReadResult.Failure(recordPath, decodeProblem!);
        }

        if (string.IsNullOrWhiteSpace(html))
        {
            return ArticleReadResult.Failure(recordPath, "empty page");
        }

        var result = ArticleBuilder.FromHtml(recordPath, html, new DeclaredMetadata { Url = header.TargetUri }.Normalized());
        if (result.Article is { Published: null } article && PublishedDateParser.Parse(header.Date) is { } crawled)
        {
            return ArticleReadResult.Success(article with { Published = crawled });
        }

        return result;
    }

    // Declared HTML counts; a missing or generic type is sniffed, as browsers do; any other type is not a page.
    private static bool IsHtml(HttpResponse response) => HtmlBodyDecoder.MediaType(response.ContentType) switch
    {
        "text/html" or "application/xhtml+xml" => true,
        null or "application/octet-stream" or "unknown/unknown" or "application/unknown" => HtmlBodyDecoder.LooksLikeHtml(response.Body),
        _ => false,
    };
}
