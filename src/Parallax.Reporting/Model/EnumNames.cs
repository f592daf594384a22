using System.Text.Json;

namespace Parallax.Reporting.Model;

/// <summary>Enum values as report text: lower-case, words joined by hyphens ("repeated-headline").</summary>
internal static class EnumNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>The value as words for people ("repeated headline").</summary>
    public static string Words<T>(T value)
        where T : struct, Enum => Of(value).Replace('-', ' ');
}
