using System.Buffers.Binary;
using System.IO.Compression;

namespace Parallax.Extraction.Input;

/// <summary>Reads a file's bytes within the size limit, inflates gzip (by magic bytes) and decodes the text.</summary>
internal static class FileLoader
{
    public static LoadedFile Load(string path, ExtractionOptions options)
    {
        var format = InputFormats.FromPath(path);
        if (format == InputFormat.Unsupported)
        {
            var extension = Path.GetExtension(path);
            return Fail(format, extension.Length == 0
                ? "unsupported file type (no extension; expected .txt, .html, .htm, .json, .jsonl, .warc, optionally .gz)"
                : $"unsupported file type '{extension}' (expected .txt, .html, .htm, .json, .jsonl, .warc, optionally .gz)");
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(format, "file not found");
            }

            if (info.Length > options.MaxFileBytes)
            {
                return Fail(format, $"file too large ({info.Length:N0} bytes; the limit is {options.MaxFileBytes:N0})");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Fail(format, $"cannot read file ({e.Message})");
        }

        if (bytes.Length == 0)
        {
            return Fail(format, "empty file");
        }

        if (IsGzip(bytes))
        {
            var inflated = Inflate(bytes, options.MaxFileBytes, out var problem);
            if (inflated is null)
            {
                return Fail(format, problem!);
            }

            bytes = inflated;
            if (bytes.Length == 0)
            {
                return Fail(format, "empty file (gzip holds no data)");
            }
        }

        if (ContentSniffer.Contradiction(bytes, format) is { } contradiction)
        {
            return Fail(format, contradiction);
        }

        // Only a page may declare its own encoding; in text or JSON a "<meta charset" is content, not a declaration.
        var decoded = format == InputFormat.Html ? TextDecoder.Decode(bytes, declaredCharset: null) : TextDecoder.Decode(bytes);
        if (decoded.Problem is not null)
        {
            return Fail(format, decoded.Problem);
        }

        return string.IsNullOrWhiteSpace(decoded.Text)
            ? Fail(format, "empty file (only white space)")
            : new LoadedFile(decoded.Text, format, null);
    }

    private static LoadedFile Fail(InputFormat format, string reason) => new(null, format, reason);

    private static bool IsGzip(byte[] bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    private static byte[]? Inflate(byte[] bytes, long maxBytes, out string? problem)
    {
        problem = null;
        // A complete gzip member ends with an 8-byte trailer; anything shorter than header + trailer is cut off.
        if (bytes.Length < 18)
        {
            problem = "truncated gzip file";
            return null;
        }

        try
        {
            using var input = new MemoryStream(bytes, writable: false);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > maxBytes)
                {
                    problem = $"file too large once decompressed (over {maxBytes:N0} bytes)";
                    return null;
                }
            }

            // The trailer holds the inflated size modulo 2^32; a stream that stops early does not match it.
            var declared = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4));
            if (declared != (uint)output.Length)
            {
                problem = "truncated gzip file (inflated size does not match the gzip trailer)";
                return null;
            }

            return output.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            problem = $"truncated or corrupt gzip file ({e.Message})";
            return null;
        }
    }
}
