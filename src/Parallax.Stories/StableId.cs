using System.Security.Cryptography;
using System.Text;

namespace Parallax.Stories;

/// <summary>Ids that stay the same across runs: a prefix and the first 12 hex digits of the SHA-256 of a seed id.</summary>
internal static class StableId
{
    public static string Of(char prefix, string seed) =>
        prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)).AsSpan(0, 6));
}
