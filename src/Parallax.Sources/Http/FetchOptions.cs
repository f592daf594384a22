using System.Collections.Immutable;
using System.Net;
using System.Reflection;

namespace Parallax.Sources.Http;

/// <summary>The limits and identity of an <see cref="HttpFetcher"/>.</summary>
public sealed record FetchOptions
{
    /// <summary>The default options: safe for fetching arbitrary public URLs.</summary>
    public static FetchOptions Default { get; } = new();

    /// <summary>Sent as <c>User-Agent</c>; names Parallax and its version so site owners can tell who is asking.</summary>
    public string UserAgent { get; init; } = DefaultUserAgent(typeof(FetchOptions).Assembly);

    /// <summary>How long establishing one TCP connection may take (the address check included).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a whole fetch may take: every redirect hop, headers and the body.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The most bytes read from the wire for one response; a larger body is a problem, not a memory risk.</summary>
    public long MaxBodyBytes { get; init; } = 10_000_000;

    /// <summary>The most bytes a compressed body may expand to (defeats decompression bombs).</summary>
    public long MaxDecompressedBytes { get; init; } = 20_000_000;

    /// <summary>How many redirects are followed; each target is checked again like the first URL.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>
    /// When false (the default), connections to loopback, private, link-local, unique-local, multicast, unspecified
    /// and other non-public addresses are refused, checked on the address actually connected.
    /// </summary>
    public bool AllowPrivateNetworks { get; init; }

    /// <summary>Non-public addresses allowed even when <see cref="AllowPrivateNetworks"/> is false (e.g. one intranet mirror).</summary>
    public ImmutableHashSet<IPAddress> AllowedAddresses { get; init; } = [];

    /// <summary>"Parallax/VERSION" from the assembly's informational version (build metadata dropped).</summary>
    public static string DefaultUserAgent(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return $"Parallax/{(plus < 0 ? version : version[..plus])} (news reader; respects robots.txt)";
    }
}
