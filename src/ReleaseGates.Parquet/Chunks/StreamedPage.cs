using System.Buffers.Binary;
using Parquet.Meta;

namespace ReleaseGates.Parquet.Chunks;

/// <summary>
/// A data page of PLAIN strings larger than a <see cref="PageWindow"/>, read from the file and decompressed as the rows
/// reach its values (<see cref="Next"/>, front to back) instead of whole before the first: its levels when it starts,
/// then each value with its 4-byte length. A value running past the page is found when it is reached.
/// </summary>
internal sealed class StreamedPage(int capacity, int history, int inputChunk = PageInput.DefaultChunk)
{
    private readonly PageWindow _window = new(capacity, history);
    private readonly SnappyDecoder _snappy = new();
    private readonly PageInput _input = new(inputChunk);
    private byte[] _levels = [];

    // A gzip or zstd page's stream: ended by the next page, or by Return once the chunk's last row group is read.
    private IPageDecoder? _stream;
    private int _cursor;

    /// <summary>The pages, of all read, decoded whole after all (a copy reaching past the window's history).</summary>
    public int DecodedWhole => _window.DecodedWhole;

    /// <summary>
    /// Starts on the page <paramref name="header"/> describes, whose body (after its header) is at
    /// <paramref name="body"/> in the file <paramref name="read"/> reads, and decodes its levels.
    /// </summary>
    /// <exception cref="InvalidDataException">The page does not decompress, or its levels run past its end.</exception>
    public void Start(PageHeader header, CompressionCodec codec, PageSource read, long body, int maxRepetition, Span<int> repetitions, int maxDefinition, Span<int> definitions)
    {
        _cursor = 0;
        if (header.Type == PageType.DataV2)
        {
            // Its levels come first, never compressed, and the survey checked they are within the page.
            var levels = header.RepetitionBytes + header.DefinitionBytes;
            Pooled.Ensure(ref _levels, levels);
            PageInput.ReadFully(read, body, _levels.AsSpan(0, levels));
            RleHybrid.DecodeV2Levels(header, _levels.AsSpan(0, levels), maxRepetition, repetitions, maxDefinition, definitions);
            Open(header.IsCompressed ? codec : CompressionCodec.UNCOMPRESSED, read, body + levels, header.CompressedSize - levels, header.UncompressedSize - levels);
            return;
        }

        // A v1 page's levels are inside its compressed bytes, each run behind its length in 4 bytes.
        Open(codec, read, body, header.CompressedSize, header.UncompressedSize);
        if (maxRepetition > 0)
        {
            _cursor += RleHybrid.DecodePrefixed(Prefixed(_cursor), maxRepetition, repetitions);
        }

        if (maxDefinition > 0)
        {
            _cursor += RleHybrid.DecodePrefixed(Prefixed(_cursor), maxDefinition, definitions);
        }
    }

    /// <summary>
    /// Decodes only the repetition levels of the page <paramref name="header"/> describes (for a list page passed by):
    /// a v2 page's are read from the file as they are, a v1 page is decompressed only as far as its levels go.
    /// </summary>
    /// <exception cref="InvalidDataException">The page does not decompress, or its levels run past its end.</exception>
    public void RepetitionLevels(PageHeader header, CompressionCodec codec, PageSource read, long body, int maxRepetition, Span<int> repetitions)
    {
        if (header.Type == PageType.DataV2)
        {
            Pooled.Ensure(ref _levels, header.RepetitionBytes);
            PageInput.ReadFully(read, body, _levels.AsSpan(0, header.RepetitionBytes));
            RleHybrid.DecodeV2Levels(header, _levels.AsSpan(0, header.RepetitionBytes), maxRepetition, repetitions, 0, default);
            return;
        }

        _cursor = 0;
        Open(codec, read, body, header.CompressedSize, header.UncompressedSize);
        RleHybrid.DecodePrefixed(Prefixed(0), maxRepetition, repetitions);
    }

    /// <summary>The page's next value.</summary>
    /// <exception cref="InvalidDataException">It runs past the end of the page, or the page does not decompress.</exception>
    public ReadOnlySpan<byte> Next()
    {
        if (_window.TryTakeDecoded(_cursor, out var decoded))
        {
            _cursor += 4 + decoded.Length;
            return decoded;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(_window.Take(_cursor, 4));
        var value = _window.Take(_cursor + 4, length);
        _cursor += 4 + length;
        return value;
    }

    /// <summary>Gives the buffers back to the pool once the chunk's last row group is read.</summary>
    public void Return()
    {
        _window.Return();
        _input.Return();
        Pooled.Return(ref _levels);
        EndStream();
    }

    /// <summary>A run of levels at <paramref name="offset"/>, with the 4 bytes of its length before it.</summary>
    private ReadOnlySpan<byte> Prefixed(int offset)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(_window.Take(offset, 4));
        return _window.Take(offset, length is >= 0 and <= int.MaxValue - 4 ? 4 + length : -1);
    }

    private void Open(CompressionCodec codec, PageSource read, long start, int compressedLength, int length)
    {
        EndStream();
        IPageDecoder decoder;
        if (codec == CompressionCodec.SNAPPY)
        {
            _input.Start(read, start, compressedLength);
            _snappy.Start(_input);
            if (_snappy.Length != length)
            {
                throw new InvalidDataException($"A SNAPPY page decompressed to {_snappy.Length} bytes where its header says {length}.");
            }

            decoder = _snappy;
        }
        else
        {
            decoder = _stream = new StreamDecoder(codec, read, start, compressedLength, length);
        }

        _window.Start(decoder);
    }

    private void EndStream()
    {
        (_stream as IDisposable)?.Dispose();
        _stream = null;
    }
}
