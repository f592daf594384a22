using Parallax.Sources.Http;

namespace Parallax.Sources.Robots;

/// <summary>
/// Spaces requests to one host: each caller reserves the next free slot under a lock and then waits for it, so
/// concurrent callers are served in order and never closer together than the interval asked for.
/// </summary>
internal sealed class HostThrottle(ICrawlClock clock)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> nextFree = new(StringComparer.OrdinalIgnoreCase);

    public Task WaitAsync(string host, TimeSpan interval, CancellationToken cancellationToken)
    {
        DateTimeOffset now;
        DateTimeOffset slot;
        lock (gate)
        {
            now = clock.UtcNow;
            slot = nextFree.TryGetValue(host, out var free) && free > now ? free : now;
            nextFree[host] = slot + interval;
        }

        return clock.DelayAsync(slot - now, cancellationToken);
    }
}
