namespace Parallax.Sources.Http;

/// <summary>The real clock.</summary>
public sealed class SystemCrawlClock : ICrawlClock
{
    private SystemCrawlClock()
    {
    }

    /// <summary>The one instance.</summary>
    public static SystemCrawlClock Instance { get; } = new();

    /// <inheritdoc/>
    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;

    /// <inheritdoc/>
    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, cancellationToken);
}
