using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Parallax.Extraction.Warc;

/// <summary>Removes HTTP transfer coding (chunked) and content coding (gzip, deflate, br) from a body, bounded.</summary>
internal static class HttpBodyDecoder
{
    /// <summary>Joins the chunks of a chunked body; null with the reason when the chunk framing is broken.</summary>
    public static byte[]? Dechunk(byte[] body, out string? problem)
    {
        problem = null;
        using var output = new MemoryStream();
        var position = 0;
        while (true)
        {
            var lineEnd = Array.IndexOf(body, (byte)'\n', position);
            if (lineEnd < 0)
            {
                // Crawlers often store a body cut at the last complete chunk; what was received is still the page.
                return output.Length > 0 ? output.ToArray() : Broken(out problem, "no chunk size line");
            }

            var sizeText = Encoding.Latin1.GetString(body, position, lineEnd - position).Trim();
            var extension = sizeText.IndexOf(';', StringComparison.Ordinal);
            if (extension >= 0)
            {
                sizeText = sizeText[..extension].Trim();
            }

            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return Broken(out problem, $"chunk size '{(sizeText.Length > 20 ? sizeText[..20] : sizeText)}' is not a hex number");
            }

            position = lineEnd + 1;
            if (size == 0)
            {
                return output.ToArray();
            }

            if (size > body.Length - position)
            {
                // The last chunk was cut off; keep what arrived.
                output.Write(body, position, body.Length - position);
                return output.ToArray();
            }

            output.Write(body, position, size);
            position += size;
            // Each chunk's data ends with CRLF.
            if (position < body.Length && body[position] == '\r')
            {
                position++;
            }

            if (position < body.Length && body[position] == '\n')
            {
                position++;
            }
        }
    }

    /// <summary>
    /// Undoes the content codings named in <paramref name="encoding"/> (last applied first). A body that claims
    /// gzip but does not start with the gzip magic bytes was stored already decoded, as some crawlers do, and is
    /// kept as it is. Output beyond <paramref name="maxBytes"/> is refused (a decompression bomb).
    /// </summary>
    public static byte[]? Decode(byte[] body, string? encoding, long maxBytes, out string? problem)
    {
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
                problem = $"unsupported HTTP Content-Encoding '{(coding.Length > 20 ? coding[..20] : coding)}'";
                return null;
            }

            Func<Stream, Stream>? open = coding switch
            {
                "gzip" or "x-gzip" when IsGzip(body) => static s => new GZipStream(s, CompressionMode.Decompress),
                "gzip" or "x-gzip" => null,
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
                    problem = $"HTTP body too large once {coding}-decoded (over {maxBytes:N0} bytes)";
                    return null;
                }
            }

            return output.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            problem = $"corrupt {coding}-encoded HTTP body ({e.Message})";
            return null;
        }
    }

    private static bool IsGzip(byte[] body) => body.Length >= 2 && body[0] == 0x1F && body[1] == 0x8B;

    // A zlib header: deflate method, and the header checksum makes the first two bytes a multiple of 31.
    private static bool IsZlib(byte[] body) => body.Length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0;

    private static byte[]? Broken(out string? problem, string reason)
    {
        problem = $"bad chunked HTTP body: {reason}";
        return null;
    }
}
