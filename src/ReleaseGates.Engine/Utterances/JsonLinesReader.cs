namespace ReleaseGates.Engine.Utterances;

/// <summary>
/// Splits a stream (or a <see cref="FilePiece"/> of it) into lines without decoding them. Memory is one buffer as
/// large as the longest line, whatever the file's size. A UTF-8 byte order mark at the start is skipped.
/// </summary>
internal sealed class JsonLinesReader
{
    private readonly Stream _stream;
    private byte[] _buffer = new byte[256 * 1024];
    private int _start;
    private int _end;
    private int _scanned;
    private bool _endOfStream;
    private bool _started;

    private long _remaining = long.MaxValue;

    public JsonLinesReader(Stream stream)
    {
        _stream = stream;
    }

    /// <summary>Reads the lines of <paramref name="piece"/> only, numbered as in the whole file (from the piece's start
    /// when the lines before it were not counted).</summary>
    /// <param name="stream">The piece's file, positioned anywhere (it is moved to the piece).</param>
    public JsonLinesReader(Stream stream, FilePiece piece)
        : this(stream)
    {
        if (piece.Start > 0)
        {
            stream.Position = piece.Start;
            _started = true; // a byte order mark can only be at the start of the file
        }

        _remaining = piece.End == long.MaxValue ? long.MaxValue : piece.End - piece.Start;
        LineNumber = Math.Max(piece.LinesBefore, 0);
    }

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Bytes consumed from the stream so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The next line, without its line break; false at the end of the stream.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = _scanned - _start + newline;
                line = _buffer.AsSpan(_start, length);
                _start += length + 1;
                _scanned = _start;
                LineNumber++;
                return true;
            }

            _scanned = _end;
            if (_endOfStream)
            {
                line = _buffer.AsSpan(_start, _end - _start);
                var hasLastLine = _start < _end;
                _start = _scanned = _end;
                if (hasLastLine)
                {
                    LineNumber++;
                }

                return hasLastLine;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _scanned -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, (int)Math.Min(_buffer.Length - _end, _remaining));
        _remaining -= read;
        BytesRead += read;
        _endOfStream = read == 0;
        _end += read;
        if (!_started && _end >= 3)
        {
            _started = true;
            if (_buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _start = _scanned = 3;
            }
        }
    }
}
