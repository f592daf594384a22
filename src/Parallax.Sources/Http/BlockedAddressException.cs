using System.Net;

namespace Parallax.Sources.Http;

/// <summary>Thrown from the connect callback when every address of a host is non-public and private networks are not allowed.</summary>
internal sealed class BlockedAddressException(string host, IPAddress address)
    : IOException($"{host} resolves to {address}, a non-public address (loopback, private, link-local or similar); refused unless private networks are allowed")
{
    public string Host { get; } = host;

    public IPAddress Address { get; } = address;
}
