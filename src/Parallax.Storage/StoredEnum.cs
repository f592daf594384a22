namespace Parallax.Storage;

/// <summary>
/// Enums are stored by name, not number, so reordering or inserting members in Core never changes the meaning of
/// stored rows.
/// </summary>
internal static class StoredEnum
{
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString();

    /// <summary>The member named <paramref name="name"/>, or null when this build does not know it.</summary>
    public static TEnum? Parse<TEnum>(string name)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(name, ignoreCase: false, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(name[0])
            && name[0] != '-'
            ? value
            : null;
}
