using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// Copies runs of ASCII letters, digits and single spaces, which need nothing but lower-casing (for the
/// standard normaliser), many bytes at a time, and counts the spaces copied. Anything else (punctuation,
/// a byte that is not ASCII, a space that would be leading or doubled) is left to the caller's byte loop.
/// </summary>
internal struct PlainAscii
{
    private readonly bool _lowerCase;
    private Vector<byte> _vectorSpaces; // per lane, the spaces of the vectors copied (see CountSpaces)
    private int _vectors;

    public PlainAscii(bool lowerCase)
    {
        _lowerCase = lowerCase;
        _vectorSpaces = Vector<byte>.Zero;
        _vectors = 0;
        Spaces = 0;
    }

    /// <summary>Spaces counted outside vectors; the caller's byte loop adds its own.</summary>
    public int Spaces { get; set; }

    /// <summary>All the spaces copied.</summary>
    public readonly int CountSpaces() => Spaces + ByteLanes.Sum(_vectorSpaces);

    /// <summary>Copies the vector's worth of <paramref name="text"/> at <paramref name="start"/> if it is plain.</summary>
    public bool TryCopyVector(ReadOnlySpan<byte> text, int start, Span<byte> destination, ref bool afterSpace)
    {
        var width = Vector<byte>.Count;
        if (start + width >= text.Length)
        {
            return false; // the chunk and the byte after it must exist (see doubled spaces)
        }

        var chunk = MemoryMarshal.Read<Vector<byte>>(text.Slice(start));
        var following = MemoryMarshal.Read<Vector<byte>>(text.Slice(start + 1));
        var space = new Vector<byte>((byte)' ');
        var folded = chunk | space; // 'A'-'Z' | 0x20 is 'a'-'z'
        var isLetter = Vector.GreaterThanOrEqual(folded, new Vector<byte>((byte)'a')) & Vector.LessThanOrEqual(folded, new Vector<byte>((byte)'z'));
        var isDigit = Vector.GreaterThanOrEqual(chunk, new Vector<byte>((byte)'0')) & Vector.LessThanOrEqual(chunk, new Vector<byte>((byte)'9'));
        var isSpace = Vector.Equals(chunk, space);
        if (!Vector.EqualsAll(isLetter | isDigit | isSpace, new Vector<byte>(byte.MaxValue))
            || !Vector.EqualsAll(isSpace & Vector.Equals(following, space), Vector<byte>.Zero)
            || (afterSpace && text[start] == ' '))
        {
            return false;
        }

        _vectorSpaces -= isSpace; // an equal lane is all ones: subtracting it adds one
        if (++_vectors == byte.MaxValue)
        {
            Spaces += ByteLanes.Sum(_vectorSpaces); // before a lane could pass byte.MaxValue
            _vectorSpaces = Vector<byte>.Zero;
            _vectors = 0;
        }

        var copied = _lowerCase ? Vector.ConditionalSelect(isLetter, folded, chunk) : chunk;
        MemoryMarshal.Write(destination, ref copied);
        afterSpace = text[start + width - 1] == ' ';
        return true;
    }

    /// <summary>
    /// Copies the eight bytes of <paramref name="text"/> at <paramref name="start"/> if they are plain, testing them
    /// as one 64-bit number: each byte's high bit says whether it is in a range (for bytes below 0x80, adding
    /// 0x80 - low to each byte carries into its high bit exactly when the byte is at least low, and never into the
    /// next byte).
    /// </summary>
    public bool TryCopyEight(ReadOnlySpan<byte> text, int start, Span<byte> destination, ref bool afterSpace)
    {
        var bytes = BinaryPrimitives.ReadUInt64LittleEndian(text.Slice(start));
        if ((bytes & ByteLanes.HighBits) != 0)
        {
            return false;
        }

        var folded = bytes | (ByteLanes.Ones * 0x20);
        var isLetter = AtLeast(folded, 'a') & ~AtLeast(folded, 'z' + 1);
        var isDigit = AtLeast(bytes, '0') & ~AtLeast(bytes, '9' + 1);
        var isSpace = ByteLanes.Spaces(bytes);
        if ((isLetter | isDigit | isSpace) != ByteLanes.HighBits
            || (isSpace & (isSpace >> 8)) != 0 // a space after a space
            || (afterSpace && (isSpace & 0x80) != 0))
        {
            return false;
        }

        BinaryPrimitives.WriteUInt64LittleEndian(destination, _lowerCase ? bytes | (isLetter >> 2) : bytes); // 0x80 >> 2 is 0x20
        Spaces += ByteLanes.CountMarked(isSpace);
        afterSpace = (isSpace >> 63) != 0;
        return true;
    }

    /// <summary>The high bit of each byte (all below 0x80) that is at least <paramref name="low"/>.</summary>
    private static ulong AtLeast(ulong bytes, int low) => (bytes + (ByteLanes.Ones * (ulong)(0x80 - low))) & ByteLanes.HighBits;
}
