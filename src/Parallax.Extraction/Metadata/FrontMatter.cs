namespace Parallax.Extraction.Metadata;

/// <summary>
/// YAML-like front matter at the top of a text file, between two lines of "---", with "key: value" lines.
/// Recognised keys: title, source (or outlet, publisher, site), url (or link), published (or date), updated (or modified), author
/// (or by, authors), language (or lang).
/// </summary>
public static class FrontMatter
{
    /// <summary>Splits <paramref name="text"/> into its front matter (or <see cref="DeclaredMetadata.None"/>) and the rest.</summary>
    public static (DeclaredMetadata Metadata, string Body) Split(string text)
    {
        var start = 0;
        while (start < text.Length && (text[start] == '\uFEFF' || text[start] is '\r' or '\n' or ' ' or '\t'))
        {
            start++;
        }

        if (!IsFence(text, start, out var firstLineEnd))
        {
            return (DeclaredMetadata.None, text);
        }

        var metadata = new DeclaredMetadata();
        var position = firstLineEnd;
        while (position < text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            var next = lineEnd < 0 ? text.Length : lineEnd + 1;
            if (IsFence(text, position, out _))
            {
                return (metadata.Normalized(), text[next..]);
            }

            var line = text.AsSpan(position, (lineEnd < 0 ? text.Length : lineEnd) - position).Trim();
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                metadata = Assign(metadata, line[..colon].Trim().ToString().ToLowerInvariant(), Unquote(line[(colon + 1)..].Trim()));
            }
            else if (line.Length > 0 && !line.StartsWith("#"))
            {
                // Not key: value lines, so this was a rule line in the text rather than front matter.
                return (DeclaredMetadata.None, text);
            }

            position = next;
        }

        return (DeclaredMetadata.None, text);
    }

    private static bool IsFence(string text, int position, out int lineEnd)
    {
        var end = text.IndexOf('\n', position);
        lineEnd = end < 0 ? text.Length : end + 1;
        var line = text.AsSpan(position, (end < 0 ? text.Length : end) - position).Trim();
        return line.Length >= 3 && line.IndexOfAnyExcept('-') < 0;
    }

    private static string Unquote(ReadOnlySpan<char> value)
    {
        if (value.Length >= 2 && ((value[0] == '"' && value[^1] == '"') || (value[0] == '\'' && value[^1] == '\'')))
        {
            value = value[1..^1];
        }

        return value.ToString();
    }

    private static DeclaredMetadata Assign(DeclaredMetadata metadata, string key, string value) => key switch
    {
        "title" or "headline" => metadata with { Title = value },
        "source" or "outlet" or "publisher" or "site" or "site_name" => metadata with { Source = value },
        "url" or "link" or "canonical" => metadata with { Url = value },
        "published" or "date" or "published_at" or "publishedat" or "datepublished" => metadata with { Published = value },
        "author" or "authors" or "by" or "byline" => metadata with { Author = value },
        "updated" or "modified" or "updated_at" or "datemodified" => metadata with { Updated = value },
        "language" or "lang" or "inlanguage" => metadata with { Language = value },
        _ => metadata,
    };
}
