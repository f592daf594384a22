using System.IO.Compression;
using System.Text;

namespace Parallax.Extraction.Tests.Warc;

public sealed class WarcInputTests
{
    private static List<ArticleReadResult> Read(string path, ExtractionOptions? options = null) =>
        [.. new ArticleReader(options ?? new ExtractionOptions()).ReadFile(path)];

    private static byte[] ThreeRecordArchive() =>
    [
        .. WarcFixture.Warcinfo(),
        .. WarcFixture.Request("https://www.harbourtimes.example/news/ferry"),
        .. WarcFixture.HtmlResponse("https://www.harbourtimes.example/news/ferry", WarcFixture.Page("Ferry plan approved", "ferry")),
        .. WarcFixture.HtmlResponse("https://valleypost.example/tram", WarcFixture.Page("Tram plan approved", "tram", "2025-05-30T08:00:00Z", "Valley Post")),
    ];

    [Fact]
    public void Plain_warc_gives_one_article_per_html_response()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("news.warc", ThreeRecordArchive());

        var results = Read(path);

        Assert.All(results, static r => Assert.Null(r.Problem));
        Assert.Equal(2, results.Count);
        var ferry = results[0].Article!;
        Assert.Equal(path + "#3", ferry.Path);
        Assert.Equal("https://www.harbourtimes.example/news/ferry", ferry.Url);
        Assert.Equal("harbourtimes.example", ferry.Source);
        Assert.Equal(DateTimeOffset.Parse(WarcFixture.CrawlDate, System.Globalization.CultureInfo.InvariantCulture), ferry.Published);
        Assert.Contains("ferry plan", ferry.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", ferry.Text, StringComparison.Ordinal);

        var tram = results[1].Article!;
        Assert.Equal(path + "#4", tram.Path);
        Assert.Equal("Valley Post", tram.Source);
        Assert.Equal(new DateTimeOffset(2025, 5, 30, 8, 0, 0, TimeSpan.Zero), tram.Published);
    }

    [Fact]
    public void Gzip_per_record_and_whole_file_gzip_read_like_the_plain_file()
    {
        using var folder = new TempFolder();
        var plain = Read(folder.WriteBytes("a.warc", ThreeRecordArchive()));
        var records = new[]
        {
            WarcFixture.Warcinfo(),
            WarcFixture.HtmlResponse("https://www.harbourtimes.example/news/ferry", WarcFixture.Page("Ferry plan approved", "ferry")),
            WarcFixture.HtmlResponse("https://valleypost.example/tram", WarcFixture.Page("Tram plan approved", "tram")),
        };
        var perRecord = Read(folder.WriteBytes("b.warc.gz", WarcFixture.GzipPerRecord(records)));
        var whole = Read(folder.WriteBytes("c.warc.gz", WarcFixture.Gzip([.. records.SelectMany(static r => r)])));

        foreach (var results in new[] { perRecord, whole })
        {
            Assert.Equal(2, results.Count);
            Assert.Equal(plain[0].Article!.Text, results[0].Article!.Text);
            Assert.Equal(plain[1].Article!.Text, results[1].Article!.Text);
            Assert.EndsWith(".warc.gz#2", results[0].Article!.Path, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Chunked_gzip_encoded_body_is_decoded()
    {
        using var folder = new TempFolder();
        var body = WarcFixture.Chunked(WarcFixture.Gzip(Encoding.UTF8.GetBytes(WarcFixture.Page("Bridge plan approved", "bridge"))), 97);
        var http = WarcFixture.Http(200, "text/html; charset=utf-8", body, "Transfer-Encoding: chunked", "Content-Encoding: gzip");
        var path = folder.WriteBytes("chunked.warc", WarcFixture.Response("https://news.example/bridge", http));

        var article = Assert.Single(Read(path)).Article;

        Assert.NotNull(article);
        Assert.Contains("bridge plan", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Brotli_and_deflate_encoded_bodies_are_decoded()
    {
        using var folder = new TempFolder();
        var page = Encoding.UTF8.GetBytes(WarcFixture.Page("Canal plan approved", "canal"));
        var path = folder.WriteBytes("encoded.warc", [
            .. WarcFixture.Response("https://news.example/br", WarcFixture.Http(200, "text/html", Compress(page, static s => new BrotliStream(s, CompressionLevel.Fastest, true)), "Content-Encoding: br")),
            .. WarcFixture.Response("https://news.example/zlib", WarcFixture.Http(200, "text/html", Compress(page, static s => new ZLibStream(s, CompressionLevel.Fastest, true)), "Content-Encoding: deflate")),
        ]);

        var results = Read(path);

        Assert.Equal(2, results.Count);
        Assert.All(results, static r => Assert.Contains("canal plan", r.Article!.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Charset_from_the_http_header_or_a_meta_tag_decodes_the_page()
    {
        using var folder = new TempFolder();
        var cyrillic = WarcFixture.Page("Мост открыт", "мост").Replace("</p>", " Мост через реку снова открыт для движения.</p>", StringComparison.Ordinal);
        var cp1251 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
        var latin = WarcFixture.Page("Café plan approved", "café").Replace("<head>", "<head><meta charset=\"iso-8859-1\">", StringComparison.Ordinal);
        var path = folder.WriteBytes("charsets.warc", [
            .. WarcFixture.Response("https://ru.example/most", WarcFixture.Http(200, "text/html; charset=windows-1251", cp1251.GetBytes(cyrillic))),
            .. WarcFixture.Response("https://fr.example/cafe", WarcFixture.Http(200, "text/html", Encoding.Latin1.GetBytes(latin))),
        ]);

        var results = Read(path);

        Assert.Equal(2, results.Count);
        Assert.Contains("Мост через реку снова открыт", results[0].Article!.Text, StringComparison.Ordinal);
        Assert.Contains("café plan", results[1].Article!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Revisits_errors_redirects_and_non_html_responses_are_skipped_quietly()
    {
        using var folder = new TempFolder();
        var page = Encoding.UTF8.GetBytes(WarcFixture.Page("Port plan approved", "port"));
        var path = folder.WriteBytes("skipped.warc", [
            .. WarcFixture.Record("revisit", "https://news.example/port", WarcFixture.Ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"),
                "application/http; msgtype=response"),
            .. WarcFixture.Response("https://news.example/gone", WarcFixture.Http(404, "text/html", page)),
            .. WarcFixture.Response("https://news.example/moved", WarcFixture.Http(301, "text/html", [], "Location: https://news.example/port")),
            .. WarcFixture.Response("https://news.example/logo.png", WarcFixture.Http(200, "image/png", [0x89, 0x50, 0x4E, 0x47])),
            .. WarcFixture.Response("https://news.example/api", WarcFixture.Http(200, "application/json", WarcFixture.Ascii("{\"a\":1}"))),
            .. WarcFixture.Record("metadata", "https://news.example/port", WarcFixture.Ascii("fetchTimeMs: 12\r\n"), "application/warc-fields"),
            .. WarcFixture.Response("https://news.example/sniffed", WarcFixture.Http(200, "", page)),
        ]);

        var result = Assert.Single(Read(path));

        Assert.Null(result.Problem);
        Assert.Equal(path + "#7", result.Article!.Path);
    }

    [Fact]
    public void Truncated_file_keeps_the_records_before_the_cut()
    {
        using var folder = new TempFolder();
        var whole = ThreeRecordArchive();
        var path = folder.WriteBytes("cut.warc", whole[..^400]);

        var results = Read(path);

        Assert.Equal(2, results.Count);
        Assert.Equal(path + "#3", results[0].Article!.Path);
        Assert.Equal(path + "#4", results[1].Problem!.Path);
        Assert.Contains("truncated", results[1].Problem!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_gzip_file_keeps_the_records_before_the_cut()
    {
        using var folder = new TempFolder();
        var good = WarcFixture.HtmlResponse("https://a.example/one", WarcFixture.Page("Dam plan approved", "dam"));
        var last = WarcFixture.HtmlResponse("https://a.example/two", WarcFixture.Page("Pier plan approved", "pier"));
        var bytes = WarcFixture.GzipPerRecord(good, last);
        var path = folder.WriteBytes("cut.warc.gz", bytes[..^300]);

        var results = Read(path);

        Assert.Equal(2, results.Count);
        Assert.Contains("dam plan", results[0].Article!.Text, StringComparison.Ordinal);
        Assert.Equal(path + "#2", results[1].Problem!.Path);
    }

    [Fact]
    public void Corrupt_gzip_member_costs_its_record_and_reading_resumes_at_the_next_member()
    {
        using var folder = new TempFolder();
        var first = WarcFixture.Gzip(WarcFixture.HtmlResponse("https://a.example/one", WarcFixture.Page("Dam plan approved", "dam")));
        var second = WarcFixture.Gzip(WarcFixture.HtmlResponse("https://a.example/two", WarcFixture.Page("Pier plan approved", "pier")));
        var third = WarcFixture.Gzip(WarcFixture.HtmlResponse("https://a.example/three", WarcFixture.Page("Canal plan approved", "canal")));
        // Garble the compressed data of the second member, past its 10-byte header.
        for (var i = 12; i < 60; i++)
        {
            second[i] = 0xFF;
        }

        var path = folder.WriteBytes("corrupt.warc.gz", [.. first, .. second, .. third]);

        var results = Read(path);

        Assert.Equal(3, results.Count);
        Assert.Contains("dam plan", results[0].Article!.Text, StringComparison.Ordinal);
        Assert.Equal(path + "#2", results[1].Problem!.Path);
        Assert.Contains("corrupt", results[1].Problem!.Reason, StringComparison.Ordinal);
        Assert.Equal(path + "#3", results[2].Article!.Path);
        Assert.Contains("canal plan", results[2].Article!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_whole_file_gzip_keeps_the_records_before_the_damage()
    {
        using var folder = new TempFolder();
        var page = WarcFixture.HtmlResponse("https://a.example/one", WarcFixture.Page("Dam plan approved", "dam"));
        var filler = WarcFixture.Record("metadata", "https://a.example/one", RandomBytes(20_000), "application/octet-stream");
        var bytes = WarcFixture.Gzip([.. page, .. filler, .. page]);
        // Incompressible filler keeps the first record within the first few hundred compressed bytes.
        for (var i = bytes.Length - 2000; i < bytes.Length - 1000; i++)
        {
            bytes[i] ^= 0x5A;
        }

        var path = folder.WriteBytes("whole.warc.gz", bytes);

        var results = Read(path);

        Assert.Equal(path + "#1", results[0].Article!.Path);
        var problem = Assert.Single(results, static r => r.Problem is not null).Problem!;
        Assert.StartsWith(path + "#", problem.Path, StringComparison.Ordinal);
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    [Fact]
    public void Bad_header_block_costs_only_its_record()
    {
        using var folder = new TempFolder();
        var broken = WarcFixture.Ascii("WARC/1.1\r\nWARC-Type: response\r\nthis line is no field\r\n\r\n<html>junk</html>\r\n\r\n");
        var path = folder.WriteBytes("bad.warc", [
            .. broken,
            .. WarcFixture.HtmlResponse("https://a.example/two", WarcFixture.Page("Pier plan approved", "pier")),
        ]);

        var results = Read(path);

        Assert.Equal(2, results.Count);
        Assert.Equal(path + "#1", results[0].Problem!.Path);
        Assert.Contains("bad header block", results[0].Problem!.Reason, StringComparison.Ordinal);
        Assert.Equal(path + "#2", results[1].Article!.Path);
    }

    [Fact]
    public void Content_length_beyond_the_file_is_a_problem()
    {
        using var folder = new TempFolder();
        var html = Encoding.UTF8.GetBytes(WarcFixture.Page("Pier plan approved", "pier"));
        var path = folder.WriteBytes("long.warc", [
            .. WarcFixture.HtmlResponse("https://a.example/one", WarcFixture.Page("Dam plan approved", "dam")),
            .. WarcFixture.Record("response", "https://a.example/two", WarcFixture.Http(200, "text/html", html), declaredLength: 1_000_000),
        ]);

        var results = Read(path);

        Assert.Equal(2, results.Count);
        Assert.NotNull(results[0].Article);
        Assert.Equal(path + "#2", results[1].Problem!.Path);
        Assert.Contains("runs past the end of the file", results[1].Problem!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_length_shorter_than_the_block_is_one_problem_and_the_next_record_is_read()
    {
        using var folder = new TempFolder();
        var html = Encoding.UTF8.GetBytes(WarcFixture.Page("Dam plan approved", "dam"));
        var http = WarcFixture.Http(200, "text/html", html);
        var path = folder.WriteBytes("short.warc", [
            .. WarcFixture.Record("response", "https://a.example/one", http, declaredLength: http.Length - 200),
            .. WarcFixture.HtmlResponse("https://a.example/two", WarcFixture.Page("Pier plan approved", "pier")),
        ]);

        var results = Read(path);

        var problem = Assert.Single(results, static r => r.Problem is not null).Problem!;
        Assert.Equal(path + "#1", problem.Path);
        Assert.Contains("Content-Length", problem.Reason, StringComparison.Ordinal);
        var last = results[^1].Article!;
        Assert.Equal(path + "#2", last.Path);
        Assert.Contains("pier plan", last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_over_the_size_cap_is_a_problem_and_reading_goes_on()
    {
        using var folder = new TempFolder();
        var small = WarcFixture.HtmlResponse("https://a.example/one", WarcFixture.Page("Dam plan", "dam"));
        var big = WarcFixture.HtmlResponse("https://a.example/big", WarcFixture.Page("Pier plan", "pier") + new string(' ', 4000));
        var path = folder.WriteBytes("cap.warc", [.. big, .. small]);

        var results = Read(path, new ExtractionOptions { MaxFileBytes = 3000 });

        Assert.Equal(2, results.Count);
        Assert.Equal(path + "#1", results[0].Problem!.Path);
        Assert.Contains("too large", results[0].Problem!.Reason, StringComparison.Ordinal);
        Assert.Contains("https://a.example/big", results[0].Problem!.Reason, StringComparison.Ordinal);
        Assert.Equal(path + "#2", results[1].Article!.Path);
    }

    [Fact]
    public void Compressed_body_that_inflates_past_the_cap_is_a_problem()
    {
        using var folder = new TempFolder();
        var bomb = WarcFixture.Gzip(new byte[200_000]);
        var path = folder.WriteBytes("bomb.warc", WarcFixture.Response("https://a.example/bomb",
            WarcFixture.Http(200, "text/html", bomb, "Content-Encoding: gzip")));

        var result = Assert.Single(Read(path, new ExtractionOptions { MaxFileBytes = 50_000 }));

        Assert.Equal(path + "#1", result.Problem!.Path);
        Assert.Contains("too large", result.Problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_dispatch_warc_files_and_non_warc_data_is_a_problem()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("feed/a.warc.gz", WarcFixture.GzipPerRecord(WarcFixture.HtmlResponse("https://a.example/one", WarcFixture.Page("Dam plan approved", "dam"))));
        var junk = folder.Write("feed/b.warc", "this is not an archive\nat all\n");

        var results = new ArticleReader(new ExtractionOptions()).Read([folder.Path]).ToList();

        Assert.Equal(2, results.Count);
        Assert.NotNull(results[0].Article);
        Assert.StartsWith(junk, results[1].Problem!.Path, StringComparison.Ordinal);
        Assert.Contains("version line", results[1].Problem!.Reason, StringComparison.Ordinal);
    }

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> open)
    {
        using var output = new MemoryStream();
        using (var stream = open(output))
        {
            stream.Write(bytes);
        }

        return output.ToArray();
    }
}
