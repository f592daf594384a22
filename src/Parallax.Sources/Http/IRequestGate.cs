namespace Parallax.Sources.Http;

/// <summary>Decides, before every request an <see cref="HttpFetcher"/> makes (redirect hops included), whether and when it may go.</summary>
public interface IRequestGate
{
    /// <summary>Waits as long as politeness asks, then returns null to proceed or the reason the URL must not be fetched.</summary>
    ValueTask<string?> BeforeRequestAsync(Uri url, CancellationToken cancellationToken);
}
