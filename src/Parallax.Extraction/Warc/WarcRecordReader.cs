using System.Globalization;
using System.Text;

namespace Parallax.Extraction.Warc;

/// <summary>
/// Reads WARC records one at a time from an (already decompressed) stream: the version line, the named header
/// fields, then the block, which the caller either reads (bounded) or skips. Never holds more than one block.
/// Not thread-safe: one instance per file.
/// </summary>
internal sealed class WarcRecordReader(Stream input)
{
    // Header lines and blocks are bounded so a file without line breaks cannot exhaust memory.
    private const int MaxLineBytes = 64 * 1024;
    private const int MaxHeaderBytes = 256 * 1024;

    private readonly byte[] scratch = new byte[64 * 1024];
    private readonly byte[] line = new byte[MaxLineBytes];

    // A version line read ahead (while looking for the end of a record or the next record), to be returned next.
    private string? pending;

    /// <summary>
    /// Reads the next record's header block. Blank lines before it are skipped; after a bad header block the
    /// reader moves on to the next line that starts a record, so one bad record costs only itself.
    /// </summary>
    public WarcHeaderResult ReadHeader()
    {
        string? first;
        do
        {
            first = ReadLine(out _);
            if (first is null)
            {
                return WarcHeaderResult.EndOfInput;
            }
        }
        while (first.Length == 0);

        if (!IsVersionLine(first))
        {
            return Resync($"bad header block: expected a 'WARC/1.0' or 'WARC/1.1' version line, found '{Shorten(first)}'");
        }

        return ReadFields(first);
    }

    /// <summary>Reads exactly <paramref name="length"/> block bytes, or null when the input ends first.</summary>
    public byte[]? ReadBlock(long length)
    {
        var block = new byte[length];
        var read = input.ReadAtLeast(block, block.Length, throwOnEndOfStream: false);
        return read == block.Length ? block : null;
    }

    /// <summary>Skips <paramref name="length"/> block bytes; false when the input ends first.</summary>
    public bool SkipBlock(long length)
    {
        while (length > 0)
        {
            var read = input.Read(scratch, 0, (int)Math.Min(scratch.Length, length));
            if (read == 0)
            {
                return false;
            }

            length -= read;
        }

        return true;
    }

    /// <summary>
    /// Consumes the two CRLFs that end a record. False when something else follows the block, which means its
    /// Content-Length was wrong; the reader then moves on to the next record's version line.
    /// </summary>
    public bool ReadRecordEnd()
    {
        var first = ReadLine(out var hadNewline);
        if (first is null)
        {
            // The last record's terminator may be missing at the very end of a file; nothing is lost.
            return true;
        }

        if (first.Length != 0 || !hadNewline)
        {
            SkipToNextRecord();
            return false;
        }

        var second = ReadLine(out _);
        if (second is null || second.Length == 0)
        {
            return true;
        }

        // A record followed by only one CRLF still parses: the version line already read is kept for later.
        if (IsVersionLine(second))
        {
            pending = second;
            return true;
        }

        SkipToNextRecord();
        return false;
    }

    private WarcHeaderResult ReadFields(string version)
    {
        string? type = null, uri = null, date = null, contentType = null, id = null, lengthText = null;
        var total = 0;
        string? lastName = null;
        while (true)
        {
            var text = ReadLine(out var hadNewline);
            if (text is null || !hadNewline)
            {
                return new WarcHeaderResult(null, "truncated file (ends inside a record's header block)", Fatal: true);
            }

            if (text.Length == 0)
            {
                break;
            }

            total += text.Length;
            if (total > MaxHeaderBytes)
            {
                return Resync($"bad header block: longer than {MaxHeaderBytes:N0} bytes");
            }

            if (text[0] is ' ' or '\t' && lastName is not null)
            {
                // A folded continuation line (WARC 1.0 allows them); only the fields read here matter.
                continue;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return Resync($"bad header block: '{Shorten(text)}' is not a 'Name: value' field");
            }

            lastName = text[..colon].Trim();
            var value = text[(colon + 1)..].Trim();
            switch (lastName.ToLowerInvariant())
            {
                case "warc-type": type = value; break;
                case "warc-target-uri": uri = TrimAngles(value); break;
                case "warc-date": date = value; break;
                case "content-type": contentType = value; break;
                case "warc-record-id": id = value; break;
                case "content-length": lengthText = value; break;
                default: break;
            }
        }

        if (lengthText is null)
        {
            return Resync("bad header block: no Content-Length field");
        }

        if (!long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return Resync($"bad header block: Content-Length '{Shorten(lengthText)}' is not a number");
        }

        return new WarcHeaderResult(new WarcRecordHeader(version, type, uri, date, length, contentType, id), null, false);
    }

    // WARC 1.0 wrote the target URI in angle brackets; 1.1 does not.
    private static string TrimAngles(string value) =>
        value.Length >= 2 && value[0] == '<' && value[^1] == '>' ? value[1..^1] : value;

    private WarcHeaderResult Resync(string problem) =>
        new(null, problem, Fatal: !SkipToNextRecord());

    // Moves to the next line that starts a record (kept for the next header read); false at the end of the input.
    private bool SkipToNextRecord()
    {
        while (true)
        {
            var text = ReadLine(out _);
            if (text is null)
            {
                return false;
            }

            if (IsVersionLine(text))
            {
                pending = text;
                return true;
            }
        }
    }

    private static bool IsVersionLine(string text)
    {
        if (!text.StartsWith("WARC/", StringComparison.Ordinal) || text.Length is <= 5 or > 16)
        {
            return false;
        }

        foreach (var c in text.AsSpan(5))
        {
            if (!char.IsAsciiDigit(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    // Shown in a message: short, and binary junk made printable.
    private static string Shorten(string text)
    {
        var shown = text.Length > 40 ? text[..40] + "…" : text;
        return string.Create(shown.Length, shown, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
    }

    // One line without its CR LF, as Latin-1 (header fields are ASCII; this never fails). Null at the end of input.
    // Lines longer than the bound are cut: they are never a valid field, and the caller reports or skips them.
    private string? ReadLine(out bool hadNewline)
    {
        if (pending is not null)
        {
            var kept = pending;
            pending = null;
            hadNewline = true;
            return kept;
        }

        hadNewline = false;
        var length = 0;
        int b;
        while ((b = input.ReadByte()) >= 0)
        {
            if (b == '\n')
            {
                hadNewline = true;
                break;
            }

            if (length < line.Length)
            {
                line[length++] = (byte)b;
            }
        }

        if (b < 0 && length == 0)
        {
            return null;
        }

        var bytes = line.AsSpan(0, length);
        if (bytes.Length > 0 && bytes[^1] == '\r')
        {
            bytes = bytes[..^1];
        }

        return Encoding.Latin1.GetString(bytes);
    }
}
