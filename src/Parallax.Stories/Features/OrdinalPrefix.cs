namespace Parallax.Stories.Features;

/// <summary>
/// A key's first four UTF-16 units packed in a number, the first in the highest bits and a missing one as 0: when the
/// prefixes of two keys differ, they order the keys as <see cref="string.CompareOrdinal(string, string)"/> does, so
/// most comparisons in ordinal order need neither string.
/// </summary>
internal static class OrdinalPrefix
{
    /// <summary>The prefix of <paramref name="key"/>.</summary>
    public static ulong Of(string key)
    {
        var prefix = 0UL;
        for (var c = 0; c < 4; c++)
        {
            prefix = (prefix << 16) | (c < key.Length ? key[c] : 0u);
        }

        return prefix;
    }
}
