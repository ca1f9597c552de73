namespace ReleaseGates.Parquet.Chunks;

/// <summary>A page's bytes in the file as a stream, for the codecs that decompress from one (gzip, zstd) and for an
/// uncompressed page, read straight into the window.</summary>
internal sealed class RegionStream(PageSource read, long start, long length) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        if (count == 0)
        {
            return 0;
        }

        var got = read(start + _position, buffer[..count]);
        _position += got > 0 ? got : throw new InvalidDataException("The file ends inside a column chunk.");
        return got;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
