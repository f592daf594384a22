namespace Parallax.Sources.Robots;

/// <summary>The politeness rules of a <see cref="CrawlPolicy"/>.</summary>
public sealed record CrawlPolicyOptions
{
    /// <summary>The token matched against robots.txt <c>User-agent</c> lines.</summary>
    public string ProductToken { get; init; } = "Parallax";

    /// <summary>The least time between two requests to one host; a longer robots.txt <c>Crawl-delay</c> wins.</summary>
    public TimeSpan MinHostInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest <c>Crawl-delay</c> honoured; a longer one is cut to this so one site cannot stall the watcher.</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a fetched robots.txt is trusted (RFC 9309: at most 24 hours).</summary>
    public TimeSpan RobotsLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How long an unreachable or failing (5xx) robots.txt keeps its site closed before it is asked again.</summary>
    public TimeSpan UnreachableRobotsLifetime { get; init; } = TimeSpan.FromMinutes(10);
}
