namespace ReleaseGates.Parquet.Chunks;

/// <summary>
/// Just enough of Thrift's compact protocol to read a Parquet page header: field headers, integers and the skipping
/// of whatever else a writer put there (statistics, newer fields), nested or not. Parquet.Net's own Thrift reader is
/// internal. Every read is bounds-checked: a header that runs past its bytes is <see cref="InvalidDataException"/>.
/// </summary>
internal ref struct CompactThrift(ReadOnlySpan<byte> bytes)
{
    public const byte Stop = 0;
    public const byte True = 1;
    public const byte False = 2;
    public const byte Int32 = 5;
    public const byte Struct = 12;

    // Nesting a writer would need is two or three deep; a header nested deeper is not one we can trust.
    private const int MaxDepth = 32;

    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _position;

    /// <summary>Bytes read so far.</summary>
    public readonly int Position => _position;

    /// <summary>The next field of the struct being read: its id and type, or type <see cref="Stop"/> after its last.</summary>
    /// <param name="lastId">The id of the struct's previous field (0 before the first): ids are written as deltas.</param>
    public (short Id, byte Type) ReadField(short lastId)
    {
        var header = ReadByte();
        var type = (byte)(header & 0x0F);
        if (type == Stop)
        {
            return (0, Stop);
        }

        var delta = header >> 4;
        var id = delta == 0 ? (short)ReadZigZag() : (short)(lastId + delta);
        return (id, type);
    }

    public int ReadInt32()
    {
        var value = ReadZigZag();
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new InvalidDataException("A page header has an i32 out of its range.");
    }

    /// <summary>A boolean field's value, which compact protocol keeps in the field's type.</summary>
    public static bool Boolean(byte type) => type == True;

    /// <summary>Skips a value of <paramref name="type"/>, whatever it holds.</summary>
    public void Skip(byte type) => Skip(type, 0);

    private void Skip(byte type, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidDataException("A page header is nested too deeply.");
        }

        switch (type)
        {
            case True or False:
                break;
            case 3: // byte
                ReadByte();
                break;
            case 4 or 5 or 6: // i16, i32, i64
                ReadZigZag();
                break;
            case 7: // double
                Advance(8);
                break;
            case 8: // binary
                Advance(Count());
                break;
            case 9 or 10: // list, set
                SkipList(depth);
                break;
            case 11: // map
                SkipMap(depth);
                break;
            case Struct:
                SkipStruct(depth);
                break;
            case 13: // uuid
                Advance(16);
                break;
            default:
                throw new InvalidDataException($"A page header has a field of unknown type {type}.");
        }
    }

    private void SkipStruct(int depth)
    {
        short id = 0;
        while (true)
        {
            (id, var type) = ReadField(id);
            if (type == Stop)
            {
                return;
            }

            Skip(type, depth + 1);
        }
    }

    private void SkipList(int depth)
    {
        var header = ReadByte();
        var count = header >> 4;
        if (count == 15)
        {
            count = Count();
        }

        var type = (byte)(header & 0x0F);
        for (var i = 0; i < count; i++)
        {
            SkipElement(type, depth);
        }
    }

    private void SkipMap(int depth)
    {
        var count = Count();
        if (count == 0)
        {
            return;
        }

        var types = ReadByte();
        for (var i = 0; i < count; i++)
        {
            SkipElement((byte)(types >> 4), depth);
            SkipElement((byte)(types & 0x0F), depth);
        }
    }

    /// <summary>Skips an item of a list or map, where a boolean is a byte of its own, not kept in a field's type.</summary>
    private void SkipElement(byte type, int depth)
    {
        if (type is True or False)
        {
            ReadByte();
        }
        else
        {
            Skip(type, depth + 1);
        }
    }

    /// <summary>A length or a count; one larger than the header itself cannot be true.</summary>
    private int Count()
    {
        var count = ReadVarint();
        return count <= (ulong)(_bytes.Length - _position) ? (int)count : throw Beyond();
    }

    private long ReadZigZag()
    {
        var value = ReadVarint();
        return (long)(value >> 1) ^ -(long)(value & 1);
    }

    private ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = ReadByte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("A page header has an integer longer than 10 bytes.");
    }

    private byte ReadByte()
    {
        if (_position >= _bytes.Length)
        {
            throw Beyond();
        }

        return _bytes[_position++];
    }

    private void Advance(int count)
    {
        if (count < 0 || count > _bytes.Length - _position)
        {
            throw Beyond();
        }

        _position += count;
    }

    private static InvalidDataException Beyond() => new("A page header runs past the end of its column chunk.");
}
