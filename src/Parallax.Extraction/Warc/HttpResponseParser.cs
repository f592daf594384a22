using System.Globalization;
using System.Text;

namespace Parallax.Extraction.Warc;

/// <summary>
/// Parses an HTTP/1.x response message (a WARC response record's block): status line, header fields, then the
/// body with chunked transfer coding and gzip/deflate/br content coding removed, bounded by a byte limit.
/// </summary>
internal static class HttpResponseParser
{
    private const int MaxHeaderBytes = 256 * 1024;

    /// <summary>The parsed response, or null with the reason in <paramref name="problem"/>.</summary>
    public static HttpResponse? Parse(byte[] message, long maxBodyBytes, out string? problem)
    {
        problem = null;
        var headerEnd = FindHeaderEnd(message, out var bodyStart);
        if (headerEnd < 0)
        {
            problem = "bad HTTP response: no end of the header fields";
            return null;
        }

        var lines = Encoding.Latin1.GetString(message, 0, headerEnd).Split('\n');
        var status = ParseStatus(lines[0].TrimEnd('\r'));
        if (status is null)
        {
            problem = $"bad HTTP response: status line '{Shorten(lines[0].TrimEnd('\r'))}'";
            return null;
        }

        string? contentType = null, transfer = null, encoding = null;
        foreach (var raw in lines.AsSpan(1))
        {
            var text = raw.TrimEnd('\r');
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var value = text[(colon + 1)..].Trim();
            switch (text[..colon].Trim().ToLowerInvariant())
            {
                case "content-type": contentType ??= value; break;
                case "transfer-encoding": transfer = value; break;
                case "content-encoding": encoding = value; break;
                default: break;
            }
        }

        var body = message.AsSpan(bodyStart);
        byte[]? decoded = body.ToArray();
        if (transfer is not null && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            decoded = HttpBodyDecoder.Dechunk(decoded, out problem);
            if (decoded is null)
            {
                return null;
            }
        }

        decoded = Input.ContentEncoding.Decode(decoded, encoding, maxBodyBytes, out problem);
        return decoded is null ? null : new HttpResponse(status.Value, contentType, decoded);
    }

    // The header block ends at the first empty line (CRLF CRLF, or bare LF LF from lenient servers).
    private static int FindHeaderEnd(byte[] message, out int bodyStart)
    {
        var limit = Math.Min(message.Length, MaxHeaderBytes);
        for (var i = 0; i < limit; i++)
        {
            if (message[i] != '\n')
            {
                continue;
            }

            if (i + 1 < message.Length && message[i + 1] == '\n')
            {
                bodyStart = i + 2;
                return i;
            }

            if (i + 2 < message.Length && message[i + 1] == '\r' && message[i + 2] == '\n')
            {
                bodyStart = i + 3;
                return i;
            }
        }

        // A message with headers and no body at all may end without the empty line.
        bodyStart = message.Length;
        return message.Length <= limit && message.Length > 0 && message[^1] == '\n' ? message.Length : -1;
    }

    private static int? ParseStatus(string line)
    {
        var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase) || parts[1].Length != 3)
        {
            return null;
        }

        return int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : null;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
