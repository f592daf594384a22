using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace Parallax.Storage;

/// <summary>A list of names in one column, as a JSON array of strings: unambiguous whatever the names contain.</summary>
internal static class StoredNames
{
    /// <summary>The JSON array, or null for an empty list (so a column without names reads as NULL).</summary>
    public static string? Write(ImmutableArray<string> names)
    {
        if (names.IsDefaultOrEmpty)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var name in names)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The names, or null when <paramref name="stored"/> is not a JSON array of strings.</summary>
    public static ImmutableArray<string>? Read(string stored)
    {
        try
        {
            using var document = JsonDocument.Parse(stored);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var names = ImmutableArray.CreateBuilder<string>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    return null;
                }

                names.Add(item.GetString()!);
            }

            return names.ToImmutable();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
