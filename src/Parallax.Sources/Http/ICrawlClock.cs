namespace Parallax.Sources.Http;

/// <summary>The time and the waiting of the politeness rules, injectable so that tests check spacing without waiting.</summary>
public interface ICrawlClock
{
    /// <summary>The current time.</summary>
    DateTimeOffset UtcNow { get; }

    /// <summary>Waits <paramref name="delay"/> (nothing when zero or negative).</summary>
    Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken);
}
