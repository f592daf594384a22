using System.Collections.Concurrent;
using Parallax.Sources.Http;
using Parallax.Sources.Robots;

namespace Parallax.Sources.Tests;

public sealed class CrawlPolicyTests
{
    private static readonly FetchOptions Local = FetchOptions.Default with { AllowPrivateNetworks = true };

    [Fact]
    public async Task A_path_disallowed_by_robots_txt_is_never_requested()
    {
        using var server = new LocalHttpServer(r => r.Path == "/robots.txt"
            ? ServerResponse.Text("User-agent: *\nDisallow: /private\n")
            : ServerResponse.Text("page"));
        var (fetcher, policy) = CrawlPolicy.CreatePoliteFetcher(Local, new CrawlPolicyOptions(), new FakeClock());
        using (fetcher)
        using (policy)
        {
            var refused = await fetcher.FetchAsync(server.Url("/private/story"));
            var allowed = await fetcher.FetchAsync(server.Url("/public/story"));

            Assert.Contains("disallowed by robots.txt", refused.Problem);
            Assert.True(allowed.IsSuccess, allowed.Problem);
            Assert.Equal(0, server.CountOf("/private/story"));
            Assert.Equal(1, server.CountOf("/robots.txt")); // cached per host
        }
    }

    [Fact]
    public async Task A_redirect_into_a_disallowed_path_is_refused()
    {
        using var server = new LocalHttpServer(r => r.Path switch
        {
            "/robots.txt" => ServerResponse.Text("User-agent: *\nDisallow: /private\n"),
            "/go" => ServerResponse.Redirect("/private/x"),
            _ => ServerResponse.Text("page"),
        });
        var (fetcher, policy) = CrawlPolicy.CreatePoliteFetcher(Local, new CrawlPolicyOptions(), new FakeClock());
        using (fetcher)
        using (policy)
        {
            var result = await fetcher.FetchAsync(server.Url("/go"));

            Assert.Contains("disallowed by robots.txt", result.Problem);
            Assert.Equal(0, server.CountOf("/private/x"));
        }
    }

    [Theory]
    [InlineData(404, true)]
    [InlineData(410, true)]
    [InlineData(500, false)]
    [InlineData(503, false)]
    public async Task Robots_txt_errors_4xx_allow_and_5xx_disallow(int status, bool allowed)
    {
        using var server = new LocalHttpServer(r => r.Path == "/robots.txt" ? ServerResponse.Code(status) : ServerResponse.Text("page"));
        var (fetcher, policy) = CrawlPolicy.CreatePoliteFetcher(Local, new CrawlPolicyOptions(), new FakeClock());
        using (fetcher)
        using (policy)
        {
            var result = await fetcher.FetchAsync(server.Url("/page"));

            Assert.Equal(allowed, result.IsSuccess);
            Assert.Equal(allowed ? 1 : 0, server.CountOf("/page"));
        }
    }

    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_minimum_interval_or_the_crawl_delay()
    {
        var clock = new FakeClock();
        var seen = new ConcurrentQueue<(string Path, DateTimeOffset At)>();
        using var server = new LocalHttpServer(r =>
        {
            seen.Enqueue((r.Path, clock.UtcNow));
            return r.Path == "/robots.txt" ? ServerResponse.Text("User-agent: *\nCrawl-delay: 3\n") : ServerResponse.Text("page");
        });
        var (fetcher, policy) = CrawlPolicy.CreatePoliteFetcher(Local, new CrawlPolicyOptions(), clock);
        using (fetcher)
        using (policy)
        {
            foreach (var path in new[] { "/1", "/2", "/3" })
            {
                Assert.True((await fetcher.FetchAsync(server.Url(path))).IsSuccess);
            }
        }

        var order = seen.ToArray();
        Assert.Equal(["/robots.txt", "/1", "/2", "/3"], order.Select(s => s.Path));
        Assert.True(order[1].At - order[0].At >= TimeSpan.FromSeconds(1));
        Assert.True(order[2].At - order[1].At >= TimeSpan.FromSeconds(3));
        Assert.True(order[3].At - order[2].At >= TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Different_hosts_do_not_wait_for_each_other()
    {
        var clock = new FakeClock();
        using var server = new LocalHttpServer(r => r.Path == "/robots.txt" ? ServerResponse.Code(404) : ServerResponse.Text("page"));
        var (fetcher, policy) = CrawlPolicy.CreatePoliteFetcher(Local, new CrawlPolicyOptions(), clock);
        using (fetcher)
        using (policy)
        {
            await fetcher.FetchAsync(server.Url("/a")); // robots, then the page one interval later
            var before = clock.UtcNow;
            await fetcher.FetchAsync(new Uri($"http://localhost:{server.Port}/robots.txt"));
            Assert.Equal(before, clock.UtcNow);
        }
    }
}
