using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ReleaseGates.Parquet.Chunks;

/// <summary>
/// Parquet's RLE / bit-packed hybrid encoding, in which definition and repetition levels and dictionary indices are
/// written: runs of one repeated value and groups of eight bit-packed values, each behind a varint header.
/// </summary>
internal static class RleHybrid
{
    /// <summary>The bits a level up to <paramref name="max"/> takes.</summary>
    public static int BitWidth(int max) => max == 0 ? 0 : 32 - int.LeadingZeroCount(max);

    /// <summary>Decodes <paramref name="values"/>.Length values of <paramref name="bitWidth"/> bits each.</summary>
    /// <exception cref="InvalidDataException"><paramref name="bytes"/> end before the values do, or a value is
    /// greater than <paramref name="max"/>.</exception>
    public static void Decode(ReadOnlySpan<byte> bytes, int bitWidth, int max, Span<int> values)
    {
        if (bitWidth is < 0 or > 32)
        {
            throw new InvalidDataException($"A bit width of {bitWidth} is not one of Parquet's (0 to 32).");
        }

        var position = 0;
        var count = 0;
        while (count < values.Length)
        {
            var header = ReadVarint(bytes, ref position);
            if ((header & 1) == 0)
            {
                count += Run(bytes, ref position, bitWidth, max, (int)Math.Min(header >> 1, (uint)(values.Length - count)), values[count..]);
            }
            else
            {
                count += Packed(bytes, ref position, bitWidth, max, header >> 1, values[count..]);
            }
        }
    }

    /// <summary>A v2 data page's levels, which come first in the page, never compressed and with no length prefix:
    /// repetition levels in <paramref name="header"/>'s RepetitionBytes, then definition levels.</summary>
    public static void DecodeV2Levels(PageHeader header, ReadOnlySpan<byte> levels, int maxRepetition, Span<int> repetitions, int maxDefinition, Span<int> definitions)
    {
        if (maxRepetition > 0)
        {
            Decode(levels[..header.RepetitionBytes], BitWidth(maxRepetition), maxRepetition, repetitions);
        }

        if (maxDefinition > 0)
        {
            Decode(levels.Slice(header.RepetitionBytes, header.DefinitionBytes), BitWidth(maxDefinition), maxDefinition, definitions);
        }
    }

    /// <summary>Decodes <paramref name="levels"/> from the start of a v1 data page, where they are behind their
    /// length in 4 bytes; how many bytes they took with it.</summary>
    /// <exception cref="InvalidDataException">The levels run past the end of <paramref name="page"/>.</exception>
    public static int DecodePrefixed(ReadOnlySpan<byte> page, int max, Span<int> levels)
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

        Decode(page.Slice(4, length), BitWidth(max), max, levels);
        return 4 + length;
    }

    private static int Run(ReadOnlySpan<byte> bytes, ref int position, int bitWidth, int max, int length, Span<int> values)
    {
        var width = (bitWidth + 7) / 8;
        if (bytes.Length - position < width)
        {
            throw Short();
        }

        uint repeated = 0;
        for (var b = 0; b < width; b++)
        {
            repeated |= (uint)bytes[position + b] << (8 * b);
        }

        position += width;
        Check(repeated, max);
        values[..length].Fill((int)repeated);
        return length;
    }

    private static int Packed(ReadOnlySpan<byte> bytes, ref int position, int bitWidth, int max, uint groups, Span<int> values)
    {
        // The last group may be cut short by the end of the values, not of the bytes: a writer pads it to eight.
        var available = (long)groups * 8;
        var length = (int)Math.Min(available, values.Length);
        var size = groups * (long)bitWidth;
        if (size > bytes.Length - position)
        {
            // Writers may leave out the padding bytes of the last group: read what the values need.
            var needed = ((long)length * bitWidth + 7) / 8;
            if (needed > bytes.Length - position)
            {
                throw Short();
            }

            size = bytes.Length - position;
        }

        var packed = bytes.Slice(position, (int)size);
        position += (int)size;
        if (bitWidth == 0)
        {
            values[..length].Clear();
            return length;
        }

        var mask = bitWidth == 32 ? uint.MaxValue : (1u << bitWidth) - 1;

        // The values whose eight bytes from their first are all within the group are each read as one word, with
        // nothing else to check in the loop; the largest is checked against the column's (or the dictionary's) after.
        var whole = packed.Length < 8 ? 0 : (int)Math.Min(length, ((((packed.Length - 8) * 8L) + 7) / bitWidth) + 1);
        ref var first = ref MemoryMarshal.GetReference(packed);
        uint largest = 0;
        long bit = 0;
        var i = 0;
        for (; i < whole; i++, bit += bitWidth)
        {
            var value = (uint)(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, (nint)(bit >> 3))) >> (int)(bit & 7)) & mask;
            largest = Math.Max(largest, value);
            values[i] = (int)value;
        }

        for (; i < length; i++, bit += bitWidth)
        {
            var value = Bits(packed, bit) & mask;
            largest = Math.Max(largest, value);
            values[i] = (int)value;
        }

        Check(largest, max);
        return length;
    }

    /// <summary>The 32 bits of <paramref name="packed"/> from bit <paramref name="bit"/> on, least significant first.</summary>
    private static uint Bits(ReadOnlySpan<byte> packed, long bit)
    {
        var index = (int)(bit >> 3);
        if (packed.Length - index >= 8)
        {
            return (uint)(BinaryPrimitives.ReadUInt64LittleEndian(packed[index..]) >> (int)(bit & 7));
        }

        ulong word = 0;
        var take = Math.Min(8, packed.Length - index);
        for (var b = 0; b < take; b++)
        {
            word |= (ulong)packed[index + b] << (8 * b);
        }

        return (uint)(word >> (int)(bit & 7));
    }

    private static void Check(uint value, int max)
    {
        if (value > (uint)max)
        {
            throw new InvalidDataException($"A page holds the level or index {value}, beyond its largest, {max}.");
        }
    }

    private static uint ReadVarint(ReadOnlySpan<byte> bytes, ref int position)
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (position >= bytes.Length)
            {
                throw Short();
            }

            var b = bytes[position++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("A page's levels or indices have a run header longer than 5 bytes.");
    }

    private static InvalidDataException Short() => new("A page's levels or indices end before its values do.");
}
