using Parallax.Sources.Http;

namespace Parallax.Sources.Tests;

/// <summary>A clock whose waits pass at once, moving its time forward: spacing is checked without waiting.</summary>
internal sealed class FakeClock : ICrawlClock
{
    private readonly Lock gate = new();
    private DateTimeOffset now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public DateTimeOffset UtcNow
    {
        get
        {
            lock (gate)
            {
                return now;
            }
        }
    }

    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay > TimeSpan.Zero)
        {
            lock (gate)
            {
                now += delay;
            }
        }

        return Task.CompletedTask;
    }
}
