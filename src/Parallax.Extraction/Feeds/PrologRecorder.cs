namespace Parallax.Extraction.Feeds;

/// <summary>
/// A read-only pass-through stream that keeps a copy of the first bytes read, so that when the XML reader refuses
/// a document type declaration the problem can say what kind of document it was (an HTML page or a DTD).
/// </summary>
internal sealed class PrologRecorder(Stream inner, int capacity) : Stream
{
    private readonly byte[] _prefix = new byte[capacity];
    private int _recorded;

    /// <summary>The bytes read so far, up to the capacity.</summary>
    public ReadOnlySpan<byte> Prefix => _prefix.AsSpan(0, _recorded);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        var keep = Math.Min(read, _prefix.Length - _recorded);
        if (keep > 0)
        {
            buffer[..keep].CopyTo(_prefix.AsSpan(_recorded));
            _recorded += keep;
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
