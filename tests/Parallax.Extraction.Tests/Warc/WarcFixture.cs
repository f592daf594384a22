using System.IO.Compression;
using System.Text;

namespace Parallax.Extraction.Tests.Warc;

/// <summary>Builds WARC records and HTTP responses byte by byte, the way CC-NEWS writes them.</summary>
internal static class WarcFixture
{
    public const string CrawlDate = "2025-06-02T10:15:00Z";

    public static byte[] Record(string type, string? uri, byte[] block, string contentType = "application/http; msgtype=response",
        string date = CrawlDate, long? declaredLength = null)
    {
        var header = new StringBuilder()
            .Append("WARC/1.1\r\n")
            .Append("WARC-Type: ").Append(type).Append("\r\n")
            .Append("WARC-Record-ID: <urn:uuid:").Append(Guid.NewGuid()).Append(">\r\n")
            .Append("WARC-Date: ").Append(date).Append("\r\n");
        if (uri is not null)
        {
            header.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        }

        header.Append("Content-Type: ").Append(contentType).Append("\r\n")
            .Append("Content-Length: ").Append(declaredLength ?? block.Length).Append("\r\n\r\n");
        return [.. Ascii(header.ToString()), .. block, .. Ascii("\r\n\r\n")];
    }

    public static byte[] Response(string uri, byte[] http, string date = CrawlDate) => Record("response", uri, http, date: date);

    public static byte[] Http(int status, string contentType, byte[] body, params string[] headers)
    {
        var head = new StringBuilder().Append("HTTP/1.1 ").Append(status).Append(status == 200 ? " OK" : " Status").Append("\r\n");
        if (contentType.Length > 0)
        {
            head.Append("Content-Type: ").Append(contentType).Append("\r\n");
        }

        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        if (!headers.Any(static h => h.StartsWith("Transfer-Encoding", StringComparison.Ordinal)))
        {
            head.Append("Content-Length: ").Append(body.Length).Append("\r\n");
        }

        return [.. Ascii(head.Append("\r\n").ToString()), .. body];
    }

    public static byte[] HtmlResponse(string uri, string html) =>
        Response(uri, Http(200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html)));

    public static byte[] Warcinfo() =>
        Record("warcinfo", null, Ascii("software: test\r\nformat: WARC File Format 1.1\r\n"), "application/warc-fields");

    public static byte[] Request(string uri) =>
        Record("request", uri, Ascii($"GET {new Uri(uri).PathAndQuery} HTTP/1.1\r\nHost: {new Uri(uri).Host}\r\n\r\n"),
            "application/http; msgtype=request");

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>Each record its own gzip member, as CC-NEWS publishes them.</summary>
    public static byte[] GzipPerRecord(params byte[][] records) => [.. records.SelectMany(Gzip)];

    public static byte[] Chunked(byte[] body, int chunkSize)
    {
        var output = new List<byte>();
        for (var i = 0; i < body.Length; i += chunkSize)
        {
            var length = Math.Min(chunkSize, body.Length - i);
            output.AddRange(Ascii($"{length:x}\r\n"));
            output.AddRange(body.AsSpan(i, length).ToArray());
            output.AddRange(Ascii("\r\n"));
        }

        output.AddRange(Ascii("0\r\n\r\n"));
        return [.. output];
    }

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    /// <summary>A news page with enough prose for the extractor; <paramref name="published"/> adds the page's own date.</summary>
    public static string Page(string headline, string topic, string? published = null, string? siteName = null) => $"""
        <!DOCTYPE html>
        <html><head><title>{headline}</title>
        {(published is null ? "" : $"<meta property=\"article:published_time\" content=\"{published}\">")}
        {(siteName is null ? "" : $"<meta property=\"og:site_name\" content=\"{siteName}\">")}
        </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article>
        <h1>{headline}</h1>
        <p>The council approved the {topic} plan on Tuesday after a long debate that lasted well into the evening, officials said.</p>
        <p>Supporters of the {topic} plan argued that it would bring new jobs to the region, while critics warned about rising costs.</p>
        <p>A final vote on the budget for the {topic} project is expected next month, according to a statement released by the mayor's office.</p>
        </article>
        <footer><p>All rights reserved.</p></footer>
        </body></html>
        """;
}
