using System.Text;
using Parallax.Sources.Http;

namespace Parallax.Sources.Robots;

/// <summary>
/// The politeness of Parallax's fetching, as an <see cref="IRequestGate"/>: robots.txt (RFC 9309) fetched once per
/// origin and cached (2xx parsed; 4xx means no rules; 5xx, 429 or an unreachable server closes the site for a
/// while), and at least <see cref="CrawlPolicyOptions.MinHostInterval"/> (or the site's longer <c>Crawl-delay</c>)
/// between two requests to one host, robots.txt requests included.
/// </summary>
/// <remarks>Thread-safe. Owns the fetcher it reads robots.txt with.</remarks>
public sealed class CrawlPolicy : IRequestGate, IDisposable
{
    private readonly HttpFetcher robotsFetcher;
    private readonly ICrawlClock clock;
    private readonly HostThrottle throttle;
    private readonly Lock cacheGate = new();
    private readonly Dictionary<string, Task<CachedRobots>> cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A policy that reads robots.txt with the limits of <paramref name="fetchOptions"/>.</summary>
    public CrawlPolicy(FetchOptions fetchOptions, CrawlPolicyOptions options, ICrawlClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(fetchOptions);
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        this.clock = clock ?? SystemCrawlClock.Instance;
        throttle = new HostThrottle(this.clock);
        robotsFetcher = new HttpFetcher(fetchOptions with { MaxBodyBytes = Math.Min(fetchOptions.MaxBodyBytes, 4 * RobotsTxt.MaxBytes) });
    }

    /// <summary>The rules applied.</summary>
    public CrawlPolicyOptions Options { get; }

    /// <summary>A fetcher that consults a new policy before every request; dispose both.</summary>
    public static (HttpFetcher Fetcher, CrawlPolicy Policy) CreatePoliteFetcher(FetchOptions fetchOptions, CrawlPolicyOptions options, ICrawlClock? clock = null)
    {
        var policy = new CrawlPolicy(fetchOptions, options, clock);
        return (new HttpFetcher(fetchOptions, policy), policy);
    }

    /// <inheritdoc/>
    public async ValueTask<string?> BeforeRequestAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var interval = Options.MinHostInterval;
        if (url.AbsolutePath != "/robots.txt")
        {
            var (robots, _, unreadable) = await RobotsForAsync(url, cancellationToken).ConfigureAwait(false);
            if (!robots.IsAllowed(url.PathAndQuery))
            {
                return unreadable is null
                    ? "disallowed by robots.txt"
                    : $"robots.txt could not be read, so the site is treated as closed for now ({unreadable})";
            }

            if (robots.CrawlDelay is { } delay && delay > interval)
            {
                interval = delay < Options.MaxCrawlDelay ? delay : Options.MaxCrawlDelay;
            }
        }

        await throttle.WaitAsync(url.Host, interval, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>Closes the robots.txt fetcher's connections.</summary>
    public void Dispose() => robotsFetcher.Dispose();

    private async Task<CachedRobots> RobotsForAsync(Uri url, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        Task<CachedRobots> task;
        lock (cacheGate)
        {
            var now = clock.UtcNow;
            if (!cache.TryGetValue(origin, out task!)
                || task.IsFaulted || task.IsCanceled
                || (task.IsCompletedSuccessfully && task.Result.Expires <= now))
            {
                task = FetchRobotsAsync(url, cancellationToken);
                cache[origin] = task;
            }
        }

        return await task.ConfigureAwait(false);
    }

    private async Task<CachedRobots> FetchRobotsAsync(Uri url, CancellationToken cancellationToken)
    {
        var robotsUrl = new Uri(new Uri(url.GetLeftPart(UriPartial.Authority)), "/robots.txt");
        await throttle.WaitAsync(url.Host, Options.MinHostInterval, cancellationToken).ConfigureAwait(false);
        var result = await robotsFetcher.FetchAsync(robotsUrl, null, cancellationToken).ConfigureAwait(false);
        var now = clock.UtcNow;
        if (result.IsSuccess)
        {
            var length = Math.Min(result.Body.Length, RobotsTxt.MaxBytes);
            var text = Encoding.UTF8.GetString(result.Body, 0, length);
            return new CachedRobots(RobotsTxt.Parse(text, Options.ProductToken), now + Options.RobotsLifetime);
        }

        if (result.Problem is null && result.StatusCode is >= 400 and < 500 && result.StatusCode != 429)
        {
            return new CachedRobots(RobotsTxt.AllowAll, now + Options.RobotsLifetime);
        }

        return new CachedRobots(RobotsTxt.DisallowAll, now + Options.UnreachableRobotsLifetime, result.Describe());
    }

    private sealed record CachedRobots(RobotsTxt Robots, DateTimeOffset Expires, string? Unreadable = null);
}
