using System.IO.Compression;

namespace Parallax.Extraction.Input;

/// <summary>
/// Undoes HTTP content codings (gzip, deflate, br) with a cap on the output, for bodies stored in WARC records and
/// bodies fetched from the web alike: a small compressed body cannot expand without bound.
/// </summary>
public static class ContentEncoding
{
    /// <summary>
    /// Undoes the codings named in <paramref name="encoding"/> (a <c>Content-Encoding</c> value or several joined by
    /// commas; the last applied is undone first). A body that claims gzip but lacks the gzip magic bytes was stored
    /// already decoded, as some crawlers do, and is kept as it is. Returns null with the reason for an unsupported
    /// coding, corrupt data, or output beyond <paramref name="maxBytes"/> (a decompression bomb).
    /// </summary>
    public static byte[]? Decode(byte[] body, string? encoding, long maxBytes, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(body);
        problem = null;
        if (string.IsNullOrWhiteSpace(encoding))
        {
            return body;
        }

        var codings = encoding.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = codings.Length - 1; i >= 0; i--)
        {
            var coding = codings[i].ToLowerInvariant();
            if (coding is not ("gzip" or "x-gzip" or "deflate" or "br" or "identity"))
            {
                problem = $"unsupported Content-Encoding '{(coding.Length > 20 ? coding[..20] : coding)}'";
                return null;
            }

            Func<Stream, Stream>? open = coding switch
            {
                "gzip" or "x-gzip" when IsGzip(body) => static s => new GZipStream(s, CompressionMode.Decompress),
                "deflate" when IsZlib(body) => static s => new ZLibStream(s, CompressionMode.Decompress),
                // Some servers send raw deflate without the zlib wrapper under the same name.
                "deflate" => static s => new DeflateStream(s, CompressionMode.Decompress),
                "br" => static s => new BrotliStream(s, CompressionMode.Decompress),
                _ => null,
            };
            if (open is null)
            {
                continue;
            }

            var inflated = Inflate(body, open, maxBytes, coding, out problem);
            if (inflated is null)
            {
                return null;
            }

            body = inflated;
        }

        return body;
    }

    private static byte[]? Inflate(byte[] body, Func<Stream, Stream> open, long maxBytes, string coding, out string? problem)
    {
        problem = null;
        try
        {
            using var input = new MemoryStream(body, writable: false);
            using var decoder = open(input);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = decoder.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > maxBytes)
                {
                    problem = $"body too large once {coding}-decoded (over {maxBytes:N0} bytes)";
                    return null;
                }
            }

            return output.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            problem = $"corrupt {coding}-encoded body ({e.Message})";
            return null;
        }
    }

    private static bool IsGzip(byte[] body) => body.Length >= 2 && body[0] == 0x1F && body[1] == 0x8B;

    // A zlib header: deflate method, and the header checksum makes the first two bytes a multiple of 31.
    private static bool IsZlib(byte[] body) => body.Length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0;
}
