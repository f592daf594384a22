using System.Text.Json;

namespace Parallax.Extraction.Json;

/// <summary>Lenient reading of JSON fields that may hold a string, a number, an object with a name, or a list.</summary>
internal static class JsonFields
{
    /// <summary>The field as text (strings and numbers), or null.</summary>
    public static string? Text(JsonElement element, string name)
    {
        if (!TryGet(element, name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => NullIfBlank(value.GetString()),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    /// <summary>The field as names: a string, an object's "name" (or "@id"), or such values joined by ", ".</summary>
    public static string? Names(JsonElement element, string name) =>
        TryGet(element, name, out var value) ? NamesOf(value, depth: 0) : null;

    private static string? NamesOf(JsonElement value, int depth)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return NullIfBlank(value.GetString());
            case JsonValueKind.Object:
                return Text(value, "name") ?? Text(value, "@id");
            case JsonValueKind.Array when depth == 0:
                var names = new List<string>();
                foreach (var item in value.EnumerateArray())
                {
                    if (NamesOf(item, depth + 1) is { } itemName && !names.Contains(itemName))
                    {
                        names.Add(itemName);
                    }
                }

                return names.Count == 0 ? null : string.Join(", ", names);
            default:
                return null;
        }
    }

    // Exact name first, then a case-insensitive match, so "Title" and "title" both work.
    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (element.TryGetProperty(name, out value))
        {
            return true;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        return false;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
