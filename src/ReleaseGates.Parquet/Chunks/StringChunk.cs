using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;
using Parquet.Meta;

namespace ReleaseGates.Parquet.Chunks;

/// <summary>
/// One row group's chunk of a string column, read from the file and decoded here rather than by Parquet.Net, which
/// hands over every value as an array of its own: the pages are decompressed into one buffer and each value is kept
/// as where it is in that buffer (its 4-byte length, then its bytes), so a value is a span of it. Reads PLAIN and dictionary pages, v1 and
/// v2, uncompressed, snappy, gzip or zstd; <see cref="TryRead"/> says false for any other chunk, which is then left
/// whole to Parquet.Net. The buffers are kept for the next row group, and go back to the pool with <see cref="Return"/>.
/// </summary>
internal sealed class StringChunk
{
    private byte[] _raw = [];
    private byte[] _data = [];
    private int[] _values = [];
    private int[] _dictionary = [];
    private int[] _indices = [];
    private int _dictionaryCount = -1;
    private int _used;
    private int _count;

    /// <summary>The data pages of the chunk last read (tests check that a chunk of many pages was read).</summary>
    public int DataPages { get; private set; }

    /// <summary>Whether the chunk last read had a dictionary page.</summary>
    public bool HadDictionary => _dictionaryCount >= 0;

    /// <summary>Gives the buffers back to the pool once the piece's last row group is read.</summary>
    public void Return()
    {
        Pooled.Return(ref _data);
        Pooled.Return(ref _values);
        Pooled.Return(ref _dictionary);
    }

    /// <summary>Value <paramref name="index"/> of the chunk, counting only the values that are not null.</summary>
    public ReadOnlySpan<byte> Value(int index)
    {
        // Where the value's 4-byte length is, its bytes after: checked against its page when the page was decoded.
        var at = _values[index];
        return _data.AsSpan(at + 4, BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(at)));
    }

    /// <summary>
    /// Reads the chunk <paramref name="chunk"/> describes from <paramref name="file"/>: its definition and repetition
    /// levels into <paramref name="definitions"/> and <paramref name="repetitions"/> (empty when the column has none),
    /// its values for <see cref="Value"/>. False, with nothing to read, when the chunk is in a codec or an encoding
    /// decoded only by Parquet.Net.
    /// </summary>
    /// <exception cref="InvalidDataException">The chunk is corrupt: a page header that cannot be read, sizes beyond
    /// the chunk, a page that does not decompress, an index beyond the dictionary.</exception>
    public bool TryRead(SafeFileHandle file, ColumnMetaData chunk, int maxDefinition, int maxRepetition, Span<int> definitions, Span<int> repetitions)
    {
        DataPages = 0;
        _dictionaryCount = -1;
        _used = 0;
        _count = 0;
        if (!PageCodec.Supports(chunk.Codec) || chunk.Encodings?.Any(e => !Decoded(e)) == true
            || chunk.TotalCompressedSize > Array.MaxLength || chunk.TotalUncompressedSize > Array.MaxLength)
        {
            return false;
        }

        try
        {
            return Read(file, chunk, maxDefinition, maxRepetition, definitions, repetitions);
        }
        finally
        {
            // Needed only while a chunk is decoded: the next column takes them over.
            Pooled.Return(ref _raw);
            Pooled.Return(ref _indices);
        }
    }

    private bool Read(SafeFileHandle file, ColumnMetaData chunk, int maxDefinition, int maxRepetition, Span<int> definitions, Span<int> repetitions)
    {
        var entries = checked((int)chunk.NumValues);
        var raw = Load(file, chunk);
        Pooled.Ensure(ref _data, (int)chunk.TotalUncompressedSize); // a hint: some writers (parquetjs) put the compressed size there
        Pooled.Ensure(ref _values, entries);
        var read = 0;
        var position = 0;
        while (read < entries && position < raw.Length)
        {
            var header = PageHeader.Read(raw[position..], out var headerLength);
            position += headerLength;
            if (header.CompressedSize > raw.Length - position)
            {
                throw new InvalidDataException($"A page of {header.CompressedSize} bytes runs past the end of its column chunk.");
            }

            var body = position;
            position += header.CompressedSize;
            if (header.Type is PageType.Data or PageType.DataV2 && header.Values > entries - read)
            {
                throw new InvalidDataException("The column chunk's pages hold more values than its metadata says.");
            }

            if (header.UncompressedSize > PageCodec.MaxUncompressed(chunk.Codec, header.CompressedSize))
            {
                throw new InvalidDataException($"A page of {header.CompressedSize} bytes says it decompresses to {header.UncompressedSize}, more than {chunk.Codec} can.");
            }

            if (header.UncompressedSize > Array.MaxLength - _used)
            {
                return false; // a row group's column larger than an array: Parquet.Net reads it or says why not
            }

            var page = header.Type switch
            {
                PageType.Dictionary => ReadDictionary(chunk.Codec, header, body),
                PageType.Data => ReadDataPage(chunk.Codec, header, body, maxDefinition, maxRepetition, Levels(definitions, read, header), Levels(repetitions, read, header)),
                PageType.DataV2 => ReadDataPageV2(chunk.Codec, header, body, maxDefinition, maxRepetition, Levels(definitions, read, header), Levels(repetitions, read, header)),
                PageType.Index => 0,
                _ => throw new InvalidDataException($"A page has the unknown type {(int)header.Type}."),
            };

            if (page < 0)
            {
                return false;
            }

            read += page;
        }

        if (read != entries)
        {
            throw new InvalidDataException($"The column chunk's pages hold {read} values where its metadata says {entries}.");
        }

        return true;
    }

    /// <summary>Where a data page's levels go: the next <see cref="PageHeader.Values"/> of the chunk's.</summary>
    private static Span<int> Levels(Span<int> levels, int read, PageHeader header) =>
        levels.IsEmpty ? levels : levels.Slice(read, header.Values);

    private static bool Decoded(Encoding encoding) =>
        encoding is Encoding.PLAIN or Encoding.PLAIN_DICTIONARY or Encoding.RLE or Encoding.RLE_DICTIONARY
            or Encoding.BIT_PACKED; // listed by some writers for levels they do not write; a page that uses it is refused below

    /// <summary>The chunk's bytes, read into a buffer rented while it is decoded.</summary>
    private ReadOnlySpan<byte> Load(SafeFileHandle file, ColumnMetaData chunk)
    {
        // A dictionary page comes first when there is one; some writers leave its offset 0 or put it at the data page.
        var start = chunk.DictionaryPageOffset is > 0 and var dictionary && dictionary < chunk.DataPageOffset
            ? dictionary
            : chunk.DataPageOffset;
        var length = (int)chunk.TotalCompressedSize;
        if (start < 0 || length < 0 || start > RandomAccess.GetLength(file) - length)
        {
            throw new InvalidDataException($"The column chunk's {length} bytes at {start} are not within the file.");
        }

        Pooled.Ensure(ref _raw, length);
        var bytes = _raw.AsSpan(0, length);
        for (var done = 0; done < length;)
        {
            var got = RandomAccess.Read(file, bytes[done..], start + done);
            if (got == 0)
            {
                throw new InvalidDataException("The file ends inside a column chunk.");
            }

            done += got;
        }

        return bytes;
    }

    private int ReadDictionary(CompressionCodec codec, PageHeader header, int body)
    {
        if (_dictionaryCount >= 0 || DataPages > 0)
        {
            throw new InvalidDataException("A column chunk has a dictionary page after its first page.");
        }

        if (header.Encoding is not (PageHeader.Plain or PageHeader.PlainDictionary))
        {
            return -1;
        }

        var start = Decompress(codec, body, header.CompressedSize, header.UncompressedSize);
        Pooled.Ensure(ref _dictionary, header.Values);
        Plain(start, header.UncompressedSize, _dictionary.AsSpan(0, header.Values));
        _dictionaryCount = header.Values;
        return 0;
    }

    private int ReadDataPage(CompressionCodec codec, PageHeader header, int body, int maxDefinition, int maxRepetition, Span<int> definitions, Span<int> repetitions)
    {
        if ((maxRepetition > 0 && header.RepetitionEncoding != PageHeader.Rle) || (maxDefinition > 0 && header.DefinitionEncoding != PageHeader.Rle))
        {
            return -1; // BIT_PACKED levels, deprecated since 2013
        }

        DataPages++;
        var start = Decompress(codec, body, header.CompressedSize, header.UncompressedSize);
        var page = _data.AsSpan(start, header.UncompressedSize);

        // A v1 page's levels are inside its compressed bytes, each run behind its length in 4 bytes.
        var offset = 0;
        if (maxRepetition > 0)
        {
            offset += PrefixedLevels(page[offset..], maxRepetition, repetitions);
        }

        if (maxDefinition > 0)
        {
            offset += PrefixedLevels(page[offset..], maxDefinition, definitions);
        }

        return Values(header, start + offset, header.UncompressedSize - offset, maxDefinition, definitions) ? header.Values : -1;
    }

    private int ReadDataPageV2(CompressionCodec codec, PageHeader header, int body, int maxDefinition, int maxRepetition, Span<int> definitions, Span<int> repetitions)
    {
        // A v2 page's levels come first and are never compressed: repetition, then definition, with no length prefix.
        var levels = header.RepetitionBytes + (long)header.DefinitionBytes;
        if (levels > header.CompressedSize || levels > header.UncompressedSize)
        {
            throw new InvalidDataException("A page's levels are larger than the page.");
        }

        DataPages++;
        var raw = _raw.AsSpan(body, header.CompressedSize);
        if (maxRepetition > 0)
        {
            RleHybrid.Decode(raw[..header.RepetitionBytes], RleHybrid.BitWidth(maxRepetition), maxRepetition, repetitions);
        }

        if (maxDefinition > 0)
        {
            RleHybrid.Decode(raw.Slice(header.RepetitionBytes, header.DefinitionBytes), RleHybrid.BitWidth(maxDefinition), maxDefinition, definitions);
        }

        var size = header.UncompressedSize - (int)levels;
        var start = Decompress(header.IsCompressed ? codec : CompressionCodec.UNCOMPRESSED, body + (int)levels, header.CompressedSize - (int)levels, size);
        return Values(header, start, size, maxDefinition, definitions) ? header.Values : -1;
    }

    private static int PrefixedLevels(ReadOnlySpan<byte> page, int max, Span<int> levels)
    {
        if (page.Length < 4)
        {
            throw new InvalidDataException("A page ends before its levels.");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(page);
        if (length < 0 || length > page.Length - 4)
        {
            throw new InvalidDataException($"A page's levels of {length} bytes run past the end of the page.");
        }

        RleHybrid.Decode(page.Slice(4, length), RleHybrid.BitWidth(max), max, levels);
        return 4 + length;
    }

    /// <summary>Decodes a data page's values (those whose definition level is the column's largest) from
    /// <paramref name="size"/> bytes of <see cref="_data"/> at <paramref name="start"/>; false for an encoding left to
    /// Parquet.Net.</summary>
    private bool Values(PageHeader header, int start, int size, int maxDefinition, ReadOnlySpan<int> definitions)
    {
        var count = header.Values;
        if (maxDefinition > 0)
        {
            count = 0;
            foreach (var level in definitions)
            {
                count += level == maxDefinition ? 1 : 0;
            }
        }

        var values = _values.AsSpan(_count, count);
        switch (header.Encoding)
        {
            case PageHeader.Plain:
                Plain(start, size, values);
                break;
            case PageHeader.PlainDictionary or PageHeader.RleDictionary:
                Dictionary(start, size, values);
                break;
            default:
                return false;
        }

        _count += count;
        return true;
    }

    /// <summary>PLAIN byte arrays: each value's length in 4 bytes, then its bytes. Each value is kept as where its
    /// length is.</summary>
    private void Plain(int start, int size, Span<int> values)
    {
        var bytes = _data.AsSpan(start, size);
        var offset = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (bytes.Length - offset < 4)
            {
                throw new InvalidDataException("A page ends before its values do.");
            }

            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes[offset..]);
            offset += 4;
            if (length < 0 || length > bytes.Length - offset)
            {
                throw new InvalidDataException($"A value of {length} bytes runs past the end of its page.");
            }

            values[i] = start + offset - 4;
            offset += length;
        }
    }

    /// <summary>Dictionary indices: their bit width in a byte, then the indices RLE / bit-packed.</summary>
    private void Dictionary(int start, int size, Span<int> values)
    {
        if (values.IsEmpty)
        {
            return;
        }

        if (_dictionaryCount < 0)
        {
            throw new InvalidDataException("A dictionary-encoded page has no dictionary page before it.");
        }

        if (_dictionaryCount == 0 || size < 1)
        {
            throw new InvalidDataException("A dictionary-encoded page has indices into an empty dictionary, or none.");
        }

        var indices = Indices(values.Length);
        RleHybrid.Decode(_data.AsSpan(start + 1, size - 1), _data[start], _dictionaryCount - 1, indices);
        for (var i = 0; i < indices.Length; i++)
        {
            values[i] = _dictionary[indices[i]];
        }
    }

    private Span<int> Indices(int count)
    {
        Pooled.Ensure(ref _indices, count);
        return _indices.AsSpan(0, count);
    }

    /// <summary>Decompresses a page into <see cref="_data"/> after the pages before it; where it starts there.</summary>
    private int Decompress(CompressionCodec codec, int body, int compressedSize, int uncompressedSize)
    {
        // The pages before stay where they are in a larger buffer: values are kept as offsets into it.
        Pooled.Ensure(ref _data, _used + uncompressedSize, keep: _used);
        var start = _used;
        PageCodec.Decompress(codec, _raw, body, compressedSize, _data.AsSpan(start, uncompressedSize));
        _used += uncompressedSize;
        return start;
    }
}
