using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;
using Parquet.Meta;

namespace ReleaseGates.Parquet.Chunks;

/// <summary>
/// One row group's chunk of a string or number column, read from the file and decoded here rather than by Parquet.Net,
/// which hands over every value as an array of its own (and whose code the runtime would compile for each number type
/// on first use). Its pages are read from the file, decompressed and decoded one at a time (<see cref="NextPage"/>), as
/// the rows reach them, into buffers reused page after page; a PLAIN page of strings larger than a window (DuckDB and
/// Parquet.Net make a row group's chunk one page of 10 MB and more) is decompressed as its values are read
/// (<see cref="StreamedPage"/>): a row group's texts are never all in memory at once. Each value is kept as where it is
/// in its page (a string's 4-byte length, then its bytes; a number's bytes), so a value is a span of it; a dictionary
/// page's values stay for the whole chunk. Reads PLAIN and dictionary pages, v1 and v2, uncompressed, snappy, gzip or zstd;
/// <see cref="TryRead"/> says false for any other chunk, which is then left whole to Parquet.Net. The buffers are kept
/// for the next row group, and go back to the pool with <see cref="Return"/>.
/// </summary>
internal sealed class ColumnChunk
{
    /// <summary>The bytes read for a page header first: more only for a header larger (long statistics).</summary>
    private const int HeaderWindow = 1024;

    /// <summary>The window and input of a page decompressed only as far as its repetition levels (a few KB): a list
    /// page passed by is not decompressed whole.</summary>
    private const int LevelsWindow = 1 << 16;
    private const int LevelsInput = 1 << 14;

    private readonly List<SurveyedPage> _pages = [];
    private readonly StreamedPage _streamed;
    private readonly StreamedPage _levelsOnly = new(LevelsWindow, LevelsWindow, LevelsInput);
    private readonly int _streamAbove;
    private readonly PageSource _readAt;
    private SafeFileHandle? _file;
    private long _start;
    private byte[] _raw = [];
    private byte[] _page = [];
    private byte[] _dictionaryPage = [];
    private int[] _dictionary = [];
    private int[] _values = [];
    private CompressionCodec _codec;
    private int _maxDefinition;
    private int _maxRepetition;
    private int _length;
    private int _next;
    private int _dictionaryCount = -1;
    private int _width;
    private bool _valuesInDictionary;
    private bool _streaming;
    private int _nextValue;

    public ColumnChunk()
        : this(PageWindow.DefaultCapacity, PageWindow.DefaultHistory)
    {
    }

    /// <param name="windowCapacity">A PLAIN page of strings larger than this is decompressed as its values are read, in
    /// a window this large (tests make it small).</param>
    /// <param name="windowHistory">The decompressed bytes the window keeps behind the newest.</param>
    /// <param name="inputChunk">The compressed bytes of a streamed page read from the file at a time.</param>
    internal ColumnChunk(int windowCapacity, int windowHistory, int inputChunk = PageInput.DefaultChunk)
    {
        _streamed = new StreamedPage(windowCapacity, windowHistory, inputChunk);
        _streamAbove = windowCapacity;
        _readAt = (offset, into) => RandomAccess.Read(_file!, into, offset);
    }

    /// <summary>The data pages of the chunk last read decoded so far (tests check that a chunk of many pages was read).</summary>
    public int DataPages { get; private set; }

    /// <summary>The data pages of the chunk last read decompressed as their values were read (<see cref="StreamedPage"/>).</summary>
    public int StreamedPages { get; private set; }

    /// <summary>The streamed pages, of every chunk read, that reached back past the window's history and were decompressed whole.</summary>
    public int StreamedPagesDecodedWhole => _streamed.DecodedWhole;

    /// <summary>The data pages of the chunk last found by <see cref="TryRead"/>.</summary>
    public int DataPageCount => _pages.Count(page => page.Header.Type != PageType.Dictionary);

    /// <summary>Whether the chunk last read had a dictionary page, once the walk has reached it.</summary>
    public bool HadDictionary => _dictionaryCount >= 0;

    /// <summary>Gives the buffers back to the pool once the piece's last row group is read.</summary>
    public void Return()
    {
        Pooled.Return(ref _raw);
        Pooled.Return(ref _page);
        Pooled.Return(ref _dictionaryPage);
        Pooled.Return(ref _dictionary);
        Pooled.Return(ref _values);
        _streamed.Return();
        _levelsOnly.Return();
    }

    /// <summary>Value <paramref name="index"/> of the current page, counting only the values that are not null: a
    /// string's bytes, or a number's little-endian bytes. A streamed page's values are read in order, each once.</summary>
    /// <exception cref="InvalidDataException">A streamed page's value runs past its end, or the page does not decompress.</exception>
    public ReadOnlySpan<byte> Value(int index)
    {
        if (_streaming)
        {
            return index == _nextValue++ ? _streamed.Next() : throw new InvalidOperationException("A streamed page's values are read in order.");
        }

        // Where the value is (a string's 4-byte length first, its bytes after): checked against its page when the page
        // was decoded.
        var bytes = _valuesInDictionary ? _dictionaryPage : _page;
        var at = _values[index];
        return _width > 0 ? bytes.AsSpan(at, _width) : bytes.AsSpan(at + 4, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at)));
    }

    /// <summary>
    /// Finds the pages of the chunk <paramref name="chunk"/> describes in <paramref name="file"/>, for
    /// <see cref="NextPage"/> to read and decode one at a time. False, with nothing to read, when the chunk has a codec
    /// or an encoding decoded only by Parquet.Net: that is known from its page headers, read alone, before any page is
    /// decoded. <paramref name="file"/> must stay open while the chunk's pages are read.
    /// </summary>
    /// <param name="valueWidth">The bytes of a number's value (4 or 8); 0 for a column of strings.</param>
    /// <exception cref="InvalidDataException">A page header that cannot be read, or sizes beyond the chunk.</exception>
    public bool TryRead(SafeFileHandle file, ColumnMetaData chunk, int maxDefinition, int maxRepetition, int valueWidth = 0)
    {
        (DataPages, StreamedPages) = (0, 0);
        _streaming = false;
        _dictionaryCount = -1;
        _next = 0;
        _pages.Clear();
        if (!PageCodec.Supports(chunk.Codec) || chunk.Encodings?.Any(e => !Decoded(e)) == true
            || chunk.TotalCompressedSize > Array.MaxLength)
        {
            return false;
        }

        // A dictionary page comes first when there is one; some writers leave its offset 0 or put it at the data page.
        _start = chunk.DictionaryPageOffset is > 0 and var dictionary && dictionary < chunk.DataPageOffset
            ? dictionary
            : chunk.DataPageOffset;
        _length = (int)chunk.TotalCompressedSize;
        if (_start < 0 || _length < 0 || _start > RandomAccess.GetLength(file) - _length)
        {
            throw new InvalidDataException($"The column chunk's {_length} bytes at {_start} are not within the file.");
        }

        (_file, _codec, _maxDefinition, _maxRepetition, _width) = (file, chunk.Codec, maxDefinition, maxRepetition, valueWidth);
        try
        {
            return ChunkSurvey.Decodable(_length, HeaderAt, chunk, maxDefinition, maxRepetition, _pages);
        }
        finally
        {
            Pooled.Return(ref _raw); // the next column takes it over
        }
    }

    /// <summary>
    /// Reads and decodes the chunk's next data page: its levels into <paramref name="definitions"/> and
    /// <paramref name="repetitions"/> (made large enough; left as they are when the column has none), its values for
    /// <see cref="Value"/>. The values of the page before are gone. False after the last page.
    /// </summary>
    /// <param name="entries">The page's levels: how many of each it decoded.</param>
    /// <exception cref="InvalidDataException">The page is corrupt: it does not decompress, levels or values run past
    /// its end, an index is beyond the dictionary.</exception>
    public bool NextPage(ref int[] definitions, ref int[] repetitions, out int entries)
    {
        entries = 0;
        _streaming = false;
        try
        {
            while (_next < _pages.Count)
            {
                var (header, offset, length, body) = _pages[_next++];
                if (header.Type != PageType.Dictionary && _width == 0 && header.Encoding == PageHeader.Plain && header.UncompressedSize > _streamAbove)
                {
                    // Neither its compressed bytes nor its text are read whole: the window reads them as the rows go.
                    entries = header.Values;
                    _streamed.Start(header, _codec, _readAt, _start + offset + body, _maxRepetition, Levels(ref repetitions, _maxRepetition, entries), _maxDefinition, Levels(ref definitions, _maxDefinition, entries));
                    (_streaming, _nextValue) = (true, 0);
                    (DataPages, StreamedPages) = (DataPages + 1, StreamedPages + 1);
                    return true;
                }

                Read(offset, length);
                if (header.Type == PageType.Dictionary)
                {
                    ReadDictionary(header, body);
                    continue;
                }

                entries = header.Values;
                var definitionLevels = Levels(ref definitions, _maxDefinition, entries);
                var repetitionLevels = Levels(ref repetitions, _maxRepetition, entries);
                DataPages++;
                var (start, size) = header.Type == PageType.Data
                    ? ReadDataPage(header, body, definitionLevels, repetitionLevels)
                    : ReadDataPageV2(header, body, definitionLevels, repetitionLevels);
                Values(header, start, size, definitionLevels);
                return true;
            }

            return false;
        }
        finally
        {
            // A page's compressed bytes are needed only while it is decoded: the next column's page takes them over.
            Pooled.Return(ref _raw);
        }
    }

    /// <summary>
    /// Passes by, unread, the data pages ahead whose entries together are no more than <paramref name="entries"/>, for
    /// a piece that starts inside the row group. A dictionary page ahead is read as it is passed.
    /// </summary>
    /// <returns>The entries of the pages passed by.</returns>
    /// <exception cref="InvalidDataException">The dictionary page is corrupt.</exception>
    public int SkipPages(int entries)
    {
        var skipped = 0;
        while (PassDictionary() && _pages[_next].Header.Values <= entries - skipped)
        {
            skipped += _pages[_next++].Header.Values;
        }

        return skipped;
    }

    /// <summary>
    /// Passes by the data pages ahead of a list column in which no more than <paramref name="rows"/> rows start, for a
    /// piece that starts inside the row group: a page's rows are its entries of repetition level 0, and only its levels
    /// are decompressed to count them (into <paramref name="repetitions"/>, made large enough). A dictionary page ahead
    /// is read as it is passed. The page after may start with the rest of the last row passed by: the caller passes
    /// its entries by too.
    /// </summary>
    /// <param name="pages">How many data pages were passed by.</param>
    /// <returns>The rows that start in the pages passed by.</returns>
    /// <exception cref="InvalidDataException">A page's levels cannot be decoded.</exception>
    public int SkipListPages(int rows, ref int[] repetitions, out int pages)
    {
        var skipped = 0;
        pages = 0;
        while (PassDictionary())
        {
            var (header, offset, _, body) = _pages[_next];
            var levels = Levels(ref repetitions, _maxRepetition, header.Values);
            _levelsOnly.RepetitionLevels(header, _codec, _readAt, _start + offset + body, _maxRepetition, levels);
            var starts = ((ReadOnlySpan<int>)levels).Count(0);
            if (starts > rows - skipped)
            {
                break;
            }

            (skipped, pages) = (skipped + starts, pages + 1);
            _next++;
        }

        return skipped;
    }

    /// <summary>Reads the dictionary page when it is the next page; whether a data page is next.</summary>
    private bool PassDictionary()
    {
        if (_next < _pages.Count && _pages[_next].Header.Type == PageType.Dictionary)
        {
            var (header, offset, length, body) = _pages[_next++];
            try
            {
                Read(offset, length);
                ReadDictionary(header, body);
            }
            finally
            {
                Pooled.Return(ref _raw);
            }
        }

        return _next < _pages.Count;
    }

    private static Span<int> Levels(ref int[] levels, int max, int count)
    {
        if (max == 0)
        {
            return default;
        }

        Pooled.Ensure(ref levels, count);
        return levels.AsSpan(0, count);
    }

    private static bool Decoded(Encoding encoding) =>
        encoding is Encoding.PLAIN or Encoding.PLAIN_DICTIONARY or Encoding.RLE or Encoding.RLE_DICTIONARY
            or Encoding.BIT_PACKED; // listed by some writers for levels they do not write; a page that uses it is refused by the survey

    /// <summary>The page header at <paramref name="offset"/> in the chunk, read from the file alone (for the survey).</summary>
    private PageHeader HeaderAt(int offset, out int length)
    {
        for (long window = HeaderWindow; ; window *= 2)
        {
            var size = (int)Math.Min(window, _length - offset);
            Read(offset, size);
            try
            {
                return PageHeader.Read(_raw.AsSpan(0, size), out length);
            }
            catch (InvalidDataException) when (size < _length - offset)
            {
                // Cut short by the window, or corrupt: read more, up to the end of the chunk, which says which.
            }
        }
    }

    /// <summary>Reads <paramref name="length"/> bytes of the chunk from <paramref name="offset"/> into <see cref="_raw"/>.</summary>
    private void Read(int offset, int length)
    {
        Pooled.Ensure(ref _raw, length);
        PageInput.ReadFully(_readAt, _start + offset, _raw.AsSpan(0, length));
    }

    private void ReadDictionary(PageHeader header, int body)
    {
        var bytes = Decompress(ref _dictionaryPage, _codec, body, header.CompressedSize, header.UncompressedSize);
        Pooled.Ensure(ref _dictionary, header.Values);
        Offsets(bytes, 0, _dictionary.AsSpan(0, header.Values));
        _dictionaryCount = header.Values;
    }

    /// <summary>Decodes a v1 data page's levels; where its values are in <see cref="_page"/>.</summary>
    private (int Start, int Size) ReadDataPage(PageHeader header, int body, Span<int> definitions, Span<int> repetitions)
    {
        // A v1 page's levels are inside its compressed bytes, each run behind its length in 4 bytes.
        var page = Decompress(ref _page, _codec, body, header.CompressedSize, header.UncompressedSize);
        var offset = 0;
        if (_maxRepetition > 0)
        {
            offset += RleHybrid.DecodePrefixed(page[offset..], _maxRepetition, repetitions);
        }

        if (_maxDefinition > 0)
        {
            offset += RleHybrid.DecodePrefixed(page[offset..], _maxDefinition, definitions);
        }

        return (offset, page.Length - offset);
    }

    /// <summary>Decodes a v2 data page's levels; where its values are in <see cref="_page"/>.</summary>
    private (int Start, int Size) ReadDataPageV2(PageHeader header, int body, Span<int> definitions, Span<int> repetitions)
    {
        // A v2 page's levels come first and are never compressed: repetition, then definition, with no length prefix.
        // The survey checked that they are within the page.
        var levels = header.RepetitionBytes + header.DefinitionBytes;
        RleHybrid.DecodeV2Levels(header, _raw.AsSpan(body, levels), _maxRepetition, repetitions, _maxDefinition, definitions);
        var codec = header.IsCompressed ? _codec : CompressionCodec.UNCOMPRESSED;
        var values = Decompress(ref _page, codec, body + levels, header.CompressedSize - levels, header.UncompressedSize - levels);
        return (0, values.Length);
    }

    /// <summary>Decodes a data page's values (those whose definition level is the column's largest) from
    /// <paramref name="size"/> bytes of <see cref="_page"/> at <paramref name="start"/>.</summary>
    private void Values(PageHeader header, int start, int size, ReadOnlySpan<int> definitions)
    {
        var count = header.Values;
        if (_maxDefinition > 0)
        {
            count = 0;
            foreach (var level in definitions)
            {
                count += level == _maxDefinition ? 1 : 0;
            }
        }

        Pooled.Ensure(ref _values, count);
        var values = _values.AsSpan(0, count);
        var bytes = _page.AsSpan(start, size);

        // A page has one encoding (the survey took only these three): its values are all in the page or all in the dictionary.
        _valuesInDictionary = header.Encoding != PageHeader.Plain;
        if (_valuesInDictionary)
        {
            Dictionary(bytes, values);
        }
        else
        {
            Offsets(bytes, start, values);
        }
    }

    /// <summary>Where each of a PLAIN page's values is, plus <paramref name="start"/> (where <paramref name="bytes"/>
    /// are in their buffer).</summary>
    private void Offsets(ReadOnlySpan<byte> bytes, int start, Span<int> values)
    {
        if (_width == 0)
        {
            PlainByteArrays.Offsets(bytes, start, values);
            return;
        }

        if (bytes.Length < (long)values.Length * _width)
        {
            throw new InvalidDataException($"A page of {bytes.Length} bytes ends before its {values.Length} values of {_width} bytes do.");
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] = start + (i * _width);
        }
    }

    /// <summary>Dictionary indices: their bit width in a byte, then the indices RLE / bit-packed. Each value is kept
    /// as where its dictionary value is in <see cref="_dictionaryPage"/>.</summary>
    private void Dictionary(ReadOnlySpan<byte> bytes, Span<int> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        if (_dictionaryCount < 0)
        {
            throw new InvalidDataException("A dictionary-encoded page has no dictionary page before it.");
        }

        if (_dictionaryCount == 0 || bytes.IsEmpty)
        {
            throw new InvalidDataException("A dictionary-encoded page has indices into an empty dictionary, or none.");
        }

        // The indices, checked against the dictionary's size, become where their values are in place.
        RleHybrid.Decode(bytes[1..], bytes[0], _dictionaryCount - 1, values);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _dictionary[values[i]];
        }
    }

    /// <summary>Decompresses a page of the chunk into the start of <paramref name="target"/>, made large enough.</summary>
    private Span<byte> Decompress(ref byte[] target, CompressionCodec codec, int body, int compressedSize, int uncompressedSize)
    {
        Pooled.Ensure(ref target, uncompressedSize);
        var bytes = target.AsMemory(0, uncompressedSize);
        PageCodec.Decompress(codec, _raw, body, compressedSize, bytes);
        return bytes.Span;
    }
}
