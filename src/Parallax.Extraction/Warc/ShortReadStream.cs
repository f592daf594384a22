namespace Parallax.Extraction.Warc;

/// <summary>
/// A read-only view of a stream that hands out at most <see cref="MaxRead"/> bytes per read. Under a GZipStream it
/// keeps the decompressor from pulling far ahead, so that the underlying position says within a few hundred bytes
/// where decompression stands, and after a corrupt member reading can resume at the next one.
/// </summary>
internal sealed class ShortReadStream(Stream inner) : Stream
{
    public const int MaxRead = 512;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, MaxRead));

    public override int Read(Span<byte> buffer) => inner.Read(buffer[..Math.Min(buffer.Length, MaxRead)]);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
