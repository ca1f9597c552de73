using System.Buffers.Binary;

namespace ReleaseGates.Parquet.Chunks;

/// <summary>Parquet's PLAIN encoding of byte arrays (a dictionary page's values, or a data page's): each value's
/// length in 4 bytes, then its bytes.</summary>
internal static class PlainByteArrays
{
    /// <summary>
    /// Finds <paramref name="values"/>.Length values in <paramref name="bytes"/>, each kept as where its length is
    /// plus <paramref name="start"/> (where <paramref name="bytes"/> are in the buffer the values are read from).
    /// </summary>
    /// <exception cref="InvalidDataException">A value runs past the end of <paramref name="bytes"/>.</exception>
    public static void Offsets(ReadOnlySpan<byte> bytes, int start, Span<int> values)
    {
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
}
