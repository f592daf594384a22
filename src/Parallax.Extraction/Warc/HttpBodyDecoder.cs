using System.Globalization;
using System.Text;

namespace Parallax.Extraction.Warc;

/// <summary>Removes HTTP transfer coding (chunked) from a body; content coding is <see cref="Input.ContentEncoding"/>'s.</summary>
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

    private static byte[]? Broken(out string? problem, string reason)
    {
        problem = $"bad chunked HTTP body: {reason}";
        return null;
    }
}
