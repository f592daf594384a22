namespace Parallax.Extraction.Input;

/// <summary>
/// Recognises files whose content contradicts their extension: documents, images, archives and executables by
/// their magic bytes, and JSON saved under an HTML name, so that the problem names what the file is instead of
/// failing later with "no article text found" or decoding binary data as Windows-1252.
/// </summary>
internal static class ContentSniffer
{
    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ("GIF87a"u8.ToArray(), "a GIF image"),
        ("GIF89a"u8.ToArray(), "a GIF image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "a ZIP archive (or an Office document)"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an executable"),
        ([(byte)'M', (byte)'Z', 0x90, 0x00], "an executable"),
        ("OggS"u8.ToArray(), "an audio or video file"),
        ("ID3"u8.ToArray(), "an MP3 audio file"),
        ([0x1A, 0x45, 0xDF, 0xA3], "a video file"),
        ("BZh"u8.ToArray(), "a bzip2 archive"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00], "an xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "a zstd archive"),
        ("SQLite format 3\0"u8.ToArray(), "an SQLite database"),
    ];

    /// <summary>Why the bytes are not the text <paramref name="format"/> promises, or null when they may be.</summary>
    public static string? Contradiction(ReadOnlySpan<byte> bytes, InputFormat format)
    {
        var expected = format == InputFormat.Html ? "an HTML page" : "a text file";
        foreach (var (magic, kind) in Signatures)
        {
            if (bytes.StartsWith(magic))
            {
                return $"binary file ({kind}), not {expected}";
            }
        }

        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return $"binary file (a WebP image), not {expected}";
        }

        if (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8))
        {
            return $"binary file (an MP4 or HEIF file), not {expected}";
        }

        return format == InputFormat.Html && LooksLikeJson(bytes)
            ? "not an HTML page: the content is JSON (name it .json to read it as articles)"
            : null;
    }

    // An HTML page never starts with '{' or '['; JSON always does (after white space and a BOM).
    private static bool LooksLikeJson(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var start = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0 || bytes[start] is not ((byte)'{' or (byte)'['))
        {
            return false;
        }

        var rest = bytes[(start + 1)..];
        var next = rest.IndexOfAnyExcept(" \t\r\n"u8);
        // "[" followed by '"', '{', '[', a digit or ']' is JSON; "{" followed by '"' or '}' is a JSON object.
        return next >= 0 && (bytes[start] == (byte)'{'
            ? rest[next] is (byte)'"' or (byte)'}'
            : rest[next] is (byte)'"' or (byte)'{' or (byte)'[' or (byte)']' or (>= (byte)'0' and <= (byte)'9'));
    }
}
