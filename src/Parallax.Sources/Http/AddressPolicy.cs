using System.Net;
using System.Net.Sockets;

namespace Parallax.Sources.Http;

/// <summary>Which IP addresses are public internet addresses, the only ones fetched unless private networks are allowed.</summary>
internal static class AddressPolicy
{
    /// <summary>False for loopback, private, shared (CGNAT), link-local, unique/site-local, multicast, unspecified, broadcast, documentation and reserved ranges, also when IPv4 hides in IPv6.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.IsIPv4MappedToIPv6)
            {
                return IsPublicV4(address.MapToIPv4().GetAddressBytes());
            }

            var b = address.GetAddressBytes();

            // IPv4-compatible (::a.b.c.d, deprecated), NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address inside.
            if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
            {
                return IsPublicV4(b.AsSpan(12));
            }

            if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
            {
                return IsPublicV4(b.AsSpan(12));
            }

            if (b[0] == 0x20 && b[1] == 0x02)
            {
                return IsPublicV4(b.AsSpan(2, 4));
            }

            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)); // 2001:db8::/32 documentation
        }

        return address.AddressFamily == AddressFamily.InterNetwork && IsPublicV4(address.GetAddressBytes());
    }

    private static bool IsPublicV4(ReadOnlySpan<byte> b) => b[0] switch
    {
        0 or 10 or 127 => false,
        100 when b[1] is >= 64 and < 128 => false,
        169 when b[1] == 254 => false,
        172 when b[1] is >= 16 and < 32 => false,
        192 when b[1] == 168 => false,
        192 when b[1] == 0 && b[2] is 0 or 2 => false,
        198 when b[1] is 18 or 19 => false,
        198 when b[1] == 51 && b[2] == 100 => false,
        203 when b[1] == 0 && b[2] == 113 => false,
        >= 224 => false, // multicast, reserved, broadcast
        _ => true,
    };
}
