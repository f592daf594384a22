using System.IO.Compression;
using System.Net;
using System.Text;
using Parallax.Sources.Http;

namespace Parallax.Sources.Tests;

public sealed class HttpFetcherTests
{
    private static readonly FetchOptions Local = FetchOptions.Default with { AllowPrivateNetworks = true };

    [Fact]
    public async Task Loopback_is_refused_by_default_at_connect_time()
    {
        using var server = new LocalHttpServer(_ => ServerResponse.Text("secret"));
        using var fetcher = new HttpFetcher(FetchOptions.Default);

        // A name, not an address: the refusal comes from the connect callback's check of what the name resolved to.
        var result = await fetcher.FetchAsync(new Uri($"http://localhost:{server.Port}/"));

        Assert.False(result.IsSuccess);
        Assert.Contains("non-public address", result.Problem);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_redirect_to_a_private_address_is_refused_when_not_allowed()
    {
        using var server = new LocalHttpServer(r => r.Path == "/start"
            ? ServerResponse.Redirect($"http://10.1.2.3:{80}/inside")
            : ServerResponse.Text("never"));
        using var fetcher = new HttpFetcher(FetchOptions.Default with { AllowedAddresses = [IPAddress.Loopback] });

        var result = await fetcher.FetchAsync(server.Url("/start"));

        Assert.False(result.IsSuccess);
        Assert.Contains("10.1.2.3", result.Problem);
        Assert.Contains("non-public address", result.Problem);
        Assert.Equal(1, server.CountOf("/start"));
    }

    [Fact]
    public async Task Redirects_are_followed_and_relative_locations_resolved()
    {
        using var server = new LocalHttpServer(r => r.Path switch
        {
            "/a" => ServerResponse.Redirect("/b", 301),
            "/b" => ServerResponse.Redirect("c?x=1", 307),
            "/c?x=1" => ServerResponse.Text("arrived"),
            _ => ServerResponse.Code(404),
        });
        using var fetcher = new HttpFetcher(Local);

        var result = await fetcher.FetchAsync(server.Url("/a"));

        Assert.True(result.IsSuccess, result.Problem);
        Assert.Equal("arrived", Encoding.UTF8.GetString(result.Body));
        Assert.Equal(server.Url("/c?x=1"), result.FinalUrl);
    }

    [Fact]
    public async Task More_than_five_redirects_is_a_problem()
    {
        using var server = new LocalHttpServer(r => ServerResponse.Redirect(r.Path + "x"));
        using var fetcher = new HttpFetcher(Local);

        var result = await fetcher.FetchAsync(server.Url("/loop"));

        Assert.Contains("more than 5 redirects", result.Problem);
        Assert.Equal(6, server.Requests.Count);
    }

    [Fact]
    public async Task A_redirect_to_another_scheme_is_refused()
    {
        using var server = new LocalHttpServer(_ => ServerResponse.Redirect("file:///etc/passwd"));
        using var fetcher = new HttpFetcher(Local);

        var result = await fetcher.FetchAsync(server.Url("/"));

        Assert.Contains("only http and https", result.Problem);
    }

    [Fact]
    public async Task Conditional_get_sends_the_validators_and_reports_not_modified()
    {
        using var server = new LocalHttpServer(r => r.Header("If-None-Match") == "\"v1\""
            ? ServerResponse.Code(304)
            : ServerResponse.Text("body", "text/plain", ("ETag", "\"v1\""), ("Last-Modified", "Tue, 03 Mar 2026 10:00:00 GMT")));
        using var fetcher = new HttpFetcher(Local);

        var first = await fetcher.FetchAsync(server.Url("/feed"));
        var second = await fetcher.FetchAsync(server.Url("/feed"), new HttpValidators(first.ETag, first.LastModified));

        Assert.True(first.IsSuccess);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.True(second.NotModified);
        Assert.Empty(second.Body);
        var sent = server.Requests.Last();
        Assert.Equal("\"v1\"", sent.Header("If-None-Match"));
        Assert.Equal("Tue, 03 Mar 2026 10:00:00 GMT", sent.Header("If-Modified-Since"));
    }

    [Fact]
    public async Task The_user_agent_names_parallax_and_its_version()
    {
        using var server = new LocalHttpServer(_ => ServerResponse.Text("ok"));
        using var fetcher = new HttpFetcher(Local);

        await fetcher.FetchAsync(server.Url("/"));

        Assert.Matches(@"^Parallax/\d+\.\d+", server.Requests.Single().Header("User-Agent"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_over_the_byte_cap_is_refused(bool omitLength)
    {
        using var server = new LocalHttpServer(_ => new ServerResponse(200, new byte[200_000], [("Content-Type", "text/html")], omitLength));
        using var fetcher = new HttpFetcher(Local with { MaxBodyBytes = 50_000 });

        var result = await fetcher.FetchAsync(server.Url("/huge"));

        Assert.False(result.IsSuccess);
        Assert.Contains("exceeds the limit of 50,000 bytes", result.Problem);
    }

    [Fact]
    public async Task A_gzip_bomb_is_stopped_at_the_decompressed_cap()
    {
        var bomb = Compress(new byte[20_000_000], s => new GZipStream(s, CompressionLevel.SmallestSize));
        using var server = new LocalHttpServer(_ => new ServerResponse(200, bomb, [("Content-Encoding", "gzip")]));
        using var fetcher = new HttpFetcher(Local with { MaxDecompressedBytes = 1_000_000 });

        var result = await fetcher.FetchAsync(server.Url("/bomb"));

        Assert.True(bomb.Length < 100_000);
        Assert.Contains("body too large once gzip-decoded (over 1,000,000 bytes)", result.Problem);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task Compressed_bodies_are_decoded(string coding)
    {
        var text = string.Concat(Enumerable.Repeat("Parallax reads the news. ", 100));
        var body = Compress(Encoding.UTF8.GetBytes(text), s => coding switch
        {
            "gzip" => new GZipStream(s, CompressionLevel.Optimal),
            "deflate" => new ZLibStream(s, CompressionLevel.Optimal),
            _ => new BrotliStream(s, CompressionLevel.Optimal),
        });
        using var server = new LocalHttpServer(_ => new ServerResponse(200, body, [("Content-Encoding", coding)]));
        using var fetcher = new HttpFetcher(Local);

        var result = await fetcher.FetchAsync(server.Url("/"));

        Assert.True(result.IsSuccess, result.Problem);
        Assert.Equal(text, Encoding.UTF8.GetString(result.Body));
        Assert.Equal("gzip, deflate, br", server.Requests.Single().Header("Accept-Encoding"));
    }

    [Fact]
    public async Task Corrupt_gzip_is_a_problem()
    {
        using var server = new LocalHttpServer(_ => new ServerResponse(200, [0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7], [("Content-Encoding", "gzip")]));
        using var fetcher = new HttpFetcher(Local);

        var result = await fetcher.FetchAsync(server.Url("/"));

        Assert.Contains("corrupt gzip-encoded body", result.Problem);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out()
    {
        using var server = new LocalHttpServer(_ => ServerResponse.Hang);
        using var fetcher = new HttpFetcher(Local with { RequestTimeout = TimeSpan.FromMilliseconds(300) });

        var result = await fetcher.FetchAsync(server.Url("/silent"));

        Assert.Contains("timed out", result.Problem);
        Assert.Equal(0, result.StatusCode);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_a_timeout()
    {
        using var server = new LocalHttpServer(_ => ServerResponse.Hang);
        using var fetcher = new HttpFetcher(Local);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.FetchAsync(server.Url("/"), null, cancel.Token));
    }

    [Fact]
    public async Task Only_http_and_https_are_fetched()
    {
        using var fetcher = new HttpFetcher(Local);

        var result = await fetcher.FetchAsync(new Uri("ftp://example.com/file"));

        Assert.Contains("only http and https", result.Problem);
    }

    private static byte[] Compress(byte[] data, Func<Stream, Stream> wrap)
    {
        using var output = new MemoryStream();
        using (var compressor = wrap(output))
        {
            compressor.Write(data);
        }

        return output.ToArray();
    }
}
