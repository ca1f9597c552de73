namespace ReleaseGates.Parquet.Chunks;

/// <summary>
/// A page's compressed bytes, read from the file a part at a time as its <see cref="SnappyDecoder"/> goes, so that a
/// streamed page holds neither its text nor its compressed bytes whole: <see cref="Buffer"/> up to <see cref="End"/>
/// holds the part read, and <see cref="Refill"/> reads on.
/// </summary>
internal sealed class PageInput(int chunk = PageInput.DefaultChunk)
{
    /// <summary>The bytes read at a time: a few hundred texts' worth.</summary>
    public const int DefaultChunk = 1 << 16;

    private byte[] _buffer = [];
    private PageSource _read = null!;
    private long _start;
    private long _length;
    private long _next;

    public byte[] Buffer => _buffer;

    /// <summary>The bytes of <see cref="Buffer"/> read so far and not let go.</summary>
    public int End { get; private set; }

    /// <summary>Starts on the page's <paramref name="length"/> bytes at <paramref name="start"/>, and reads the first part.</summary>
    public void Start(PageSource read, long start, long length)
    {
        (_read, _start, _length) = (read, start, length);
        Pooled.Ensure(ref _buffer, chunk + 64);
        Restart();
    }

    /// <summary>Reads the page again from its first byte.</summary>
    public void Restart()
    {
        (_next, End) = (0, 0);
        var position = 0;
        Refill(ref position);
    }

    /// <summary>Keeps the bytes from <paramref name="position"/> on (moved to the front; the position follows them) and
    /// reads the page's next part after them. False, with nothing read, at the page's end.</summary>
    /// <exception cref="InvalidDataException">The file ends inside the page.</exception>
    public bool Refill(ref int position)
    {
        if (_next == _length)
        {
            return false;
        }

        var kept = End - position;
        _buffer.AsSpan(position, kept).CopyTo(_buffer);
        var part = _buffer.AsSpan(kept, (int)Math.Min(_buffer.Length - kept, _length - _next));
        ReadFully(_read, _start + _next, part);

        (_next, End, position) = (_next + part.Length, kept + part.Length, 0);
        return true;
    }

    public void Return() => Pooled.Return(ref _buffer);

    /// <summary>Reads all of <paramref name="into"/> from <paramref name="offset"/>.</summary>
    /// <exception cref="InvalidDataException">The file ends before.</exception>
    public static void ReadFully(PageSource read, long offset, Span<byte> into)
    {
        for (var done = 0; done < into.Length;)
        {
            var got = read(offset + done, into[done..]);
            done += got > 0 ? got : throw new InvalidDataException("The file ends inside a column chunk.");
        }
    }
}

/// <summary>Reads the file's bytes at <paramref name="offset"/> into <paramref name="into"/>; how many it read (0 at its end).</summary>
internal delegate int PageSource(long offset, Span<byte> into);
