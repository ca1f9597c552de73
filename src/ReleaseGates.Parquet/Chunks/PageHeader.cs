namespace ReleaseGates.Parquet.Chunks;

/// <summary>What a page is and how its bytes are laid out: the fields of Parquet's PageHeader that reading a string
/// column needs (parquet.thrift), decoded by <see cref="Read"/>. Other fields, statistics among them, are skipped.</summary>
internal readonly record struct PageHeader(
    PageType Type,
    int UncompressedSize,
    int CompressedSize,
    int Values,
    int Encoding,
    int DefinitionEncoding,
    int RepetitionEncoding,
    int DefinitionBytes,
    int RepetitionBytes,
    bool IsCompressed)
{
    /// <summary>Parquet's Encoding values that <see cref="ColumnChunk"/> decodes.</summary>
    public const int Plain = 0;
    public const int PlainDictionary = 2;
    public const int Rle = 3;
    public const int RleDictionary = 8;

    /// <summary>Decodes the header at the start of <paramref name="bytes"/>; <paramref name="length"/> is its size.</summary>
    /// <exception cref="InvalidDataException">The header runs past <paramref name="bytes"/> or is malformed.</exception>
    public static PageHeader Read(ReadOnlySpan<byte> bytes, out int length)
    {
        var thrift = new CompactThrift(bytes);
        var header = ReadStruct(ref thrift, new PageHeader(PageType.Unknown, -1, -1, 0, -1, Rle, Rle, 0, 0, IsCompressed: true), HeaderField);
        if (header.UncompressedSize < 0 || header.CompressedSize < 0 || header.Values < 0
            || header.DefinitionBytes < 0 || header.RepetitionBytes < 0)
        {
            throw new InvalidDataException("A page header lacks its sizes or has a negative one.");
        }

        length = thrift.Position;
        return header;
    }

    /// <summary>Reads one field of a struct into the header (or skips it).</summary>
    private delegate PageHeader FieldReader(ref CompactThrift thrift, short id, byte type, PageHeader header);

    /// <summary>A struct's fields, each handed to <paramref name="field"/>, up to its stop.</summary>
    private static PageHeader ReadStruct(ref CompactThrift thrift, PageHeader header, FieldReader field)
    {
        short id = 0;
        while (true)
        {
            (id, var type) = thrift.ReadField(id);
            if (type == CompactThrift.Stop)
            {
                return header;
            }

            header = field(ref thrift, id, type, header);
        }
    }

    private static PageHeader HeaderField(ref CompactThrift thrift, short id, byte type, PageHeader header) => (id, type) switch
    {
        (1, CompactThrift.Int32) => header with { Type = (PageType)thrift.ReadInt32() },
        (2, CompactThrift.Int32) => header with { UncompressedSize = thrift.ReadInt32() },
        (3, CompactThrift.Int32) => header with { CompressedSize = thrift.ReadInt32() },
        (5, CompactThrift.Struct) => ReadStruct(ref thrift, header, DataPageField),
        (7, CompactThrift.Struct) => ReadStruct(ref thrift, header, DictionaryPageField),
        (8, CompactThrift.Struct) => ReadStruct(ref thrift, header, DataPageV2Field),
        _ => Skipped(ref thrift, type, header),
    };

    private static PageHeader DataPageField(ref CompactThrift thrift, short id, byte type, PageHeader header) => (id, type) switch
    {
        (1, CompactThrift.Int32) => header with { Values = thrift.ReadInt32() },
        (2, CompactThrift.Int32) => header with { Encoding = thrift.ReadInt32() },
        (3, CompactThrift.Int32) => header with { DefinitionEncoding = thrift.ReadInt32() },
        (4, CompactThrift.Int32) => header with { RepetitionEncoding = thrift.ReadInt32() },
        _ => Skipped(ref thrift, type, header),
    };

    private static PageHeader DictionaryPageField(ref CompactThrift thrift, short id, byte type, PageHeader header) => (id, type) switch
    {
        (1, CompactThrift.Int32) => header with { Values = thrift.ReadInt32() },
        (2, CompactThrift.Int32) => header with { Encoding = thrift.ReadInt32() },
        _ => Skipped(ref thrift, type, header),
    };

    private static PageHeader DataPageV2Field(ref CompactThrift thrift, short id, byte type, PageHeader header) => (id, type) switch
    {
        (1, CompactThrift.Int32) => header with { Values = thrift.ReadInt32() },
        (4, CompactThrift.Int32) => header with { Encoding = thrift.ReadInt32() },
        (5, CompactThrift.Int32) => header with { DefinitionBytes = thrift.ReadInt32() },
        (6, CompactThrift.Int32) => header with { RepetitionBytes = thrift.ReadInt32() },
        (7, CompactThrift.True or CompactThrift.False) => header with { IsCompressed = CompactThrift.Boolean(type) },
        _ => Skipped(ref thrift, type, header),
    };

    private static PageHeader Skipped(ref CompactThrift thrift, byte type, PageHeader header)
    {
        thrift.Skip(type);
        return header;
    }
}

/// <summary>Parquet's PageType.</summary>
internal enum PageType
{
    Unknown = -1,
    Data = 0,
    Index = 1,
    Dictionary = 2,
    DataV2 = 3,
}
