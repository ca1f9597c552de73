using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace ReleaseGates.Engine.Metrics;

/// <summary>
/// The words of a padded text (" a b "; see <see cref="LineText"/>), one after the other, each with its
/// head: its first 8 bytes read as one little-endian number (zero-filled when it is shorter), which with
/// its length tells a word of up to 8 bytes apart from every other. The space after a word is found 8
/// bytes at a time.
/// </summary>
internal ref struct PaddedWordCursor
{
    private readonly ReadOnlySpan<byte> _padded;
    private int _start;

    public PaddedWordCursor(ReadOnlySpan<byte> padded)
    {
        _padded = padded;
        _start = 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext(out ReadOnlySpan<byte> word, out ulong head)
    {
        var start = _start;
        if (start >= _padded.Length)
        {
            word = default;
            head = 0;
            return false;
        }

        int length;
        if (_padded.Length - start >= sizeof(ulong))
        {
            head = BinaryPrimitives.ReadUInt64LittleEndian(_padded.Slice(start));
            var spaces = ByteLanes.Spaces(head);
            if (spaces != 0)
            {
                length = LowestByte(spaces);
                head &= (1UL << (8 * length)) - 1; // a word is never empty: length is 1 to 7
            }
            else
            {
                length = sizeof(ulong) + _padded.Slice(start + sizeof(ulong)).IndexOf((byte)' ');
            }
        }
        else
        {
            head = 0;
            length = 0;
            for (var b = _padded[start]; b != ' '; b = _padded[start + length])
            {
                head |= (ulong)b << (8 * length++);
            }
        }

        word = _padded.Slice(start, length);
        _start = start + length + 1;
        return true;
    }

    /// <summary>The index of the lowest byte whose high bit is set in <paramref name="marks"/> (not 0).</summary>
    private static int LowestByte(ulong marks)
    {
        var lowest = (marks & (~marks + 1)) >> 7; // 1 << (8 × index)
        return (int)((lowest * 0x0001020304050607UL) >> 56);
    }
}
