namespace Parallax.Extraction.Input;

/// <summary>Maps file names to <see cref="InputFormat"/>; a trailing ".gz" is looked through.</summary>
public static class InputFormats
{
    /// <summary>The format a file name's extension announces.</summary>
    public static InputFormat FromPath(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".txt" or ".text" => InputFormat.Text,
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".json" => InputFormat.Json,
            ".jsonl" or ".ndjson" => InputFormat.JsonLines,
            ".warc" => InputFormat.Warc,
            _ => InputFormat.Unsupported,
        };
    }
}
