using System.Collections.Frozen;
using System.Text.Json;
using Parallax.Reporting.Model;

namespace Parallax.Reporting.Json;

/// <summary>Reads the lower-case hyphenated enum names the JSON report writes back into enum values.</summary>
internal static class JsonEnum<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<string, T> Values =
        Enum.GetValues<T>().ToFrozenDictionary(EnumNames.Of, v => v, StringComparer.Ordinal);

    public static T Parse(JsonElement element, string property)
    {
        var name = element.GetProperty(property).GetString();
        return name is not null && Values.TryGetValue(name, out var value)
            ? value
            : throw new JsonException($"'{name}' is not a known {typeof(T).Name} value in property '{property}'.");
    }
}
