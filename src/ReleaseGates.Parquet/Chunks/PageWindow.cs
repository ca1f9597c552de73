using System.Buffers.Binary;

namespace ReleaseGates.Parquet.Chunks;

/// <summary>
/// A page decompressed as its values are read, front to back, into a buffer that holds only the part being read and the
/// history its codec reaches back into: a writer that makes a row group's chunk one page (DuckDB, Parquet.Net, 11 MB of
/// text a chunk and more) would otherwise have every core hold its row group's texts decompressed whole, and read each
/// text long after it was decompressed, out of cache. <see cref="Take"/> hands out a span of the page by its offset in
/// the page; it stays valid until the next <see cref="Take"/>, and offsets must not go back before the last one taken.
/// </summary>
internal sealed class PageWindow(int capacity = PageWindow.DefaultCapacity, int history = PageWindow.DefaultHistory)
{
    /// <summary>The buffer's size: a few hundred texts a refill, small beside a page, large beside a text.</summary>
    public const int DefaultCapacity = 1 << 20;

    /// <summary>The decoded bytes kept behind the newest: as far as Snappy's writers reach back.</summary>
    public const int DefaultHistory = 1 << 16;

    private byte[] _buffer = [];
    private IPageDecoder? _decoder;
    private int _base;
    private int _end;
    private bool _whole;

    /// <summary>The pages, of all read, decoded whole after all: they reached back past the window's history.</summary>
    public int DecodedWhole { get; private set; }

    /// <summary>Starts reading the page <paramref name="decoder"/> decompresses.</summary>
    public void Start(IPageDecoder decoder)
    {
        (_decoder, _base, _end, _whole) = (decoder, 0, 0, false);
        Pooled.Ensure(ref _buffer, Math.Min(capacity, decoder.Length + IPageDecoder.MinRoom));
    }

    /// <summary><paramref name="count"/> bytes of the page from <paramref name="offset"/>.</summary>
    /// <exception cref="InvalidDataException">They are past the page's end, or the page is corrupt.</exception>
    public ReadOnlySpan<byte> Take(int offset, int count)
    {
        var decoder = _decoder!;
        if (offset < _base)
        {
            throw new InvalidOperationException("A page window is read front to back.");
        }

        if (count < 0 || count > decoder.Length - offset)
        {
            throw new InvalidDataException($"A value of {count} bytes runs past the end of its page.");
        }

        while (_base + _end < offset + count)
        {
            Fill(offset, offset + count - _base);
        }

        return _buffer.AsSpan(offset - _base, count);
    }

    /// <summary>The value at <paramref name="offset"/> (its 4-byte length, then its bytes) when the window has decoded it
    /// already: most values are, and then it is one check, not two calls to <see cref="Take"/>. False when it is not.</summary>
    public bool TryTakeDecoded(int offset, out ReadOnlySpan<byte> value)
    {
        var at = offset - _base;
        if (at >= 0 && at <= _end - 4)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(at));
            if ((uint)length <= (uint)(_end - at - 4))
            {
                value = _buffer.AsSpan(at + 4, length);
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Gives the buffer back to the pool.</summary>
    public void Return()
    {
        Pooled.Return(ref _buffer);
        _decoder = null;
    }

    /// <summary>Decodes more of the page, making room first: the bytes before <paramref name="keepFrom"/> and beyond the
    /// history are let go, and the buffer grows only for a value larger than it.</summary>
    /// <param name="needed">The buffer the caller needs, counted from <see cref="_base"/>.</param>
    private void Fill(int keepFrom, int needed)
    {
        if (!_whole && _buffer.Length - _end < Room(needed))
        {
            var drop = Math.Max(0, Math.Min(keepFrom, _base + _end - history) - _base);
            _buffer.AsSpan(drop, _end - drop).CopyTo(_buffer);
            (_base, _end, needed) = (_base + drop, _end - drop, needed - drop);
            if (_buffer.Length - _end < Room(needed))
            {
                Pooled.Ensure(ref _buffer, _end + Math.Max(Room(needed), _buffer.Length / 2), keep: _end);
            }
        }

        var before = _end;
        try
        {
            _end = _decoder!.Decode(_buffer, _end);
        }
        catch (HistoryDroppedException)
        {
            DecodeWhole();
            return;
        }

        if (_end == before)
        {
            throw new InvalidDataException($"A page decompressed to {_base + _end} bytes where its header says {_decoder.Length}.");
        }
    }

    /// <summary>The room to decode into: what the caller needs, and a quarter of the buffer at least, so that a refill
    /// is not a few bytes.</summary>
    private int Room(int needed) => Math.Max(Math.Max(needed - _end, _buffer.Length / 4), IPageDecoder.MinRoom);

    /// <summary>Decodes the page again from its start, into a buffer of its whole size: nothing is let go after.</summary>
    private void DecodeWhole()
    {
        var decoder = _decoder!;
        (_base, _end, _whole) = (0, 0, true);
        DecodedWhole++;
        Pooled.Ensure(ref _buffer, decoder.Length + IPageDecoder.MinRoom);
        decoder.Restart();
        while (_end < decoder.Length)
        {
            var before = _end;
            _end = decoder.Decode(_buffer, _end);
            if (_end == before)
            {
                throw new InvalidDataException($"A page decompressed to {_end} bytes where its header says {decoder.Length}.");
            }
        }
    }
}
