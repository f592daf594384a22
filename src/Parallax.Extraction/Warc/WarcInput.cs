using System.IO.Compression;

namespace Parallax.Extraction.Warc;

/// <summary>
/// The decompressed byte stream of one WARC file. Gzip is recognised by its magic bytes; GZipStream reads
/// concatenated members, so per-record and whole-file compression read alike. After corrupt gzip data, reading can
/// resume at the next gzip member that starts a WARC record (CC-NEWS compresses each record on its own).
/// </summary>
internal sealed class WarcInput : IDisposable
{
    private static readonly byte[] Version = "WARC/"u8.ToArray();

    private readonly string path;
    private FileStream raw;
    private long lastResume = -1;

    private WarcInput(string path, FileStream raw, bool isGzip)
    {
        this.path = path;
        this.raw = raw;
        IsGzip = isGzip;
        Stream = isGzip ? new GZipStream(new ShortReadStream(raw), CompressionMode.Decompress) : raw;
    }

    public Stream Stream { get; private set; }

    public bool IsGzip { get; }

    /// <summary>Where in the file (compressed bytes) reading stands, give or take <see cref="ShortReadStream.MaxRead"/>.</summary>
    public long RawPosition => raw.Position;

    public static WarcInput? Open(string path, out string? problem)
    {
        problem = null;
        FileStream? file = null;
        try
        {
            file = OpenRaw(path);
            if (file.Length == 0)
            {
                file.Dispose();
                problem = "empty file";
                return null;
            }

            Span<byte> magic = stackalloc byte[2];
            var read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
            file.Position = 0;
            return new WarcInput(path, file, read == 2 && magic[0] == 0x1F && magic[1] == 0x8B);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            file?.Dispose();
            problem = $"cannot read file ({e.Message})";
            return null;
        }
    }

    /// <summary>
    /// After corrupt gzip data found near <paramref name="failedAt"/> (a raw position) in the record whose reading
    /// began at raw position <paramref name="recordStart"/>, moves <see cref="Stream"/> to the first later gzip member
    /// whose data starts with a WARC version line. False when there is none.
    /// </summary>
    public bool Resume(long recordStart, long failedAt)
    {
        if (!IsGzip)
        {
            return false;
        }

        // Members before the record's start were read already. The corrupt member began before the failure point,
        // where the decompressor may have read ahead by one short read; and a resume never goes back.
        var from = Math.Max(Math.Max(recordStart, failedAt - ShortReadStream.MaxRead), lastResume + 1);
        using var scan = OpenRaw(path);
        scan.Position = Math.Min(from, scan.Length);
        int previous2 = -1, previous1 = -1, current;
        while ((current = scan.ReadByte()) >= 0)
        {
            if (previous2 == 0x1F && previous1 == 0x8B && current == 0x08 && StartsRecord(scan.Position - 3))
            {
                lastResume = scan.Position - 3;
                var next = OpenRaw(path);
                next.Position = lastResume;
                Stream.Dispose();
                raw = next;
                Stream = new GZipStream(new ShortReadStream(next), CompressionMode.Decompress);
                return true;
            }

            previous2 = previous1;
            previous1 = current;
        }

        return false;
    }

    public void Dispose() => Stream.Dispose();

    // Three bytes that look like a gzip header may sit inside compressed data; a real member inflates to a record.
    private bool StartsRecord(long offset)
    {
        try
        {
            using var file = OpenRaw(path);
            file.Position = offset;
            using var gzip = new GZipStream(new ShortReadStream(file), CompressionMode.Decompress);
            Span<byte> start = stackalloc byte[Version.Length];
            return gzip.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.SequenceEqual(Version);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static FileStream OpenRaw(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
}
