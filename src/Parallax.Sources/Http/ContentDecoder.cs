using System.IO.Compression;

namespace Parallax.Sources.Http;

/// <summary>
/// Undoes <c>Content-Encoding</c> (gzip, deflate, br, in the reverse of the order listed) with a cap on the output,
/// so a small compressed body cannot expand without bound. The handler's own decompression is off so that this cap
/// always applies.
/// </summary>
internal static class ContentDecoder
{
    public static (byte[]? Body, string? Problem) Decode(byte[] raw, IEnumerable<string> contentEncodings, long maxBytes)
    {
        var codings = contentEncodings
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToLowerInvariant())
            .Where(v => v != "identity")
            .ToList();
        var body = raw;
        for (var i = codings.Count - 1; i >= 0; i--)
        {
            var (decoded, problem) = DecodeOne(body, codings[i], maxBytes);
            if (decoded is null)
            {
                return (null, problem);
            }

            body = decoded;
        }

        return (body, null);
    }

    private static (byte[]? Body, string? Problem) DecodeOne(byte[] body, string coding, long maxBytes)
    {
        var input = new MemoryStream(body, writable: false);
        Stream? decompressor = coding switch
        {
            "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
            // "deflate" should be zlib-wrapped (RFC 9110), but some servers send raw deflate: the zlib header tells.
            "deflate" => IsZlibHeader(body) ? new ZLibStream(input, CompressionMode.Decompress) : new DeflateStream(input, CompressionMode.Decompress),
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            _ => null,
        };
        if (decompressor is null)
        {
            return (null, $"unsupported Content-Encoding \"{coding}\"");
        }

        using (decompressor)
        {
            try
            {
                return CappedRead(decompressor, maxBytes, $"decompressed ({coding}) body");
            }
            catch (InvalidDataException e)
            {
                return (null, $"corrupt {coding} body ({e.Message})");
            }
        }
    }

    /// <summary>Reads the stream to its end, or fails as soon as it passes <paramref name="maxBytes"/>.</summary>
    public static (byte[]? Body, string? Problem) CappedRead(Stream stream, long maxBytes, string what)
    {
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + read > maxBytes)
            {
                return (null, $"{what} exceeds the limit of {maxBytes:N0} bytes");
            }

            output.Write(buffer, 0, read);
        }

        return (output.ToArray(), null);
    }

    private static bool IsZlibHeader(byte[] body) =>
        body.Length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0;
}
