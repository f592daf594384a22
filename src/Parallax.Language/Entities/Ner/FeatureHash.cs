namespace Parallax.Language.Entities.Ner;

/// <summary>
/// 64-bit FNV-1a hashes of (template, value) pairs: the tagger's feature keys. Stable across processes and platforms
/// (unlike <see cref="string.GetHashCode()"/>), so a saved model's keys match the features computed when it is loaded,
/// and no feature string is ever allocated.
/// </summary>
internal static class FeatureHash
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(FeatureTemplate template, int value) => Finish(Add(Start(template), (uint)value));

    public static ulong Of(FeatureTemplate template, ReadOnlySpan<char> value) => Finish(Add(Start(template), value));

    public static ulong Of(FeatureTemplate template, ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        Finish(Add(Add(Add(Start(template), first), 0xFFFF), second));

    public static ulong Of(FeatureTemplate template, ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third) =>
        Finish(Add(Add(Add(Add(Add(Start(template), first), 0xFFFF), second), 0xFFFF), third));

    public static ulong Of(FeatureTemplate template, int value, ReadOnlySpan<char> text) =>
        Finish(Add(Add(Start(template), (uint)value), text));

    // The same keys under a template number of another tagger's own (the attribution tagger's templates).
    public static ulong Of(uint template, int value) => Finish(Add(Add(OffsetBasis, template), (uint)value));

    public static ulong Of(uint template, ReadOnlySpan<char> value) => Finish(Add(Add(OffsetBasis, template), value));

    public static ulong Of(uint template, ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        Finish(Add(Add(Add(Add(OffsetBasis, template), first), 0xFFFF), second));

    public static ulong Of(uint template, int value, ReadOnlySpan<char> text) =>
        Finish(Add(Add(Add(OffsetBasis, template), (uint)value), text));

    /// <summary>
    /// The hash state of (<paramref name="template"/>, <paramref name="text"/>) before a number is added: with
    /// <see cref="Complete"/>, a key for many numbers (the previous labels) at the cost of hashing the text once.
    /// </summary>
    public static ulong Partial(FeatureTemplate template, ReadOnlySpan<char> text) => Add(Add(Start(template), text), 0xFFFF);

    /// <summary>The key of a <see cref="Partial"/> state followed by <paramref name="value"/>.</summary>
    public static ulong Complete(ulong partial, int value) => Finish(Add(partial, (uint)value));

    private static ulong Start(FeatureTemplate template) => Add(OffsetBasis, (uint)template);

    private static ulong Add(ulong hash, uint value)
    {
        return (hash ^ value) * Prime;
    }

    private static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        // A whole UTF-16 unit per step (FNV is defined on bytes, but the finaliser below restores the mixing).
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>Spreads the bits (the SplitMix64 finaliser), as FNV's low bits are weak for short keys.</summary>
    private static ulong Finish(ulong hash)
    {
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EB;
        return hash ^ (hash >> 31);
    }
}
