namespace Parallax.Extraction.Feeds;

/// <summary>
/// A read-only stream that gives back bytes already read from the head of a stream and then the rest of it, so
/// the head can be inspected (the XML declaration's encoding, a DOCTYPE) without requiring a seekable input.
/// </summary>
internal sealed class ReplayStream(byte[] head, Stream rest) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Reads up to <paramref name="count"/> bytes from the start of <paramref name="stream"/>.</summary>
    public static byte[] ReadHead(Stream stream, int count)
    {
        var head = new byte[count];
        var filled = 0;
        int read;
        while (filled < count && (read = stream.Read(head, filled, count - filled)) > 0)
        {
            filled += read;
        }

        return filled == count ? head : head[..filled];
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position < head.Length)
        {
            var count = Math.Min(buffer.Length, head.Length - _position);
            head.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        return rest.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
