namespace Parallax.Extraction.Input;

/// <summary>The kinds of input file the reader understands, by extension.</summary>
public enum InputFormat
{
    /// <summary>Not a supported extension.</summary>
    Unsupported,
    /// <summary>Plain text pasted from a page (.txt, .text), optionally with front matter.</summary>
    Text,
    /// <summary>An HTML page (.html, .htm, .xhtml).</summary>
    Html,
    /// <summary>A JSON object or array of objects (.json).</summary>
    Json,
    /// <summary>One JSON object per line (.jsonl, .ndjson).</summary>
    JsonLines,
    /// <summary>A web archive (.warc, .warc.gz) holding many pages as response records.</summary>
    Warc,
}
