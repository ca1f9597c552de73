using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ReleaseGates.Parquet.Chunks;

/// <summary>
/// Decodes a page compressed with Snappy (its raw format: the uncompressed length, then literals and copies of bytes
/// decoded before) a part at a time, from its compressed bytes read a part at a time (<see cref="PageInput"/>), so
/// that a page of many megabytes is never held whole, compressed or not (Snappier decodes only whole blocks). A copy
/// reaches back into the bytes before the part being decoded, which the window keeps: every writer we know compresses
/// in blocks of 64 KiB and never reaches further, but the format allows it, so a copy reaching past what the window
/// kept is <see cref="HistoryDroppedException"/>, and the page is decoded again whole.
/// </summary>
internal sealed class SnappyDecoder : IPageDecoder
{
    /// <summary>The input the inner loop needs left: a tag, the four bytes after it, and a 16-byte literal block.</summary>
    private const int FastInput = 21;

    /// <summary>
    /// For the tag of a copy with a one- or two-byte offset: its length (bits 0-7) and the offset's bits the tag holds
    /// (bits 8-10, already in place: a one-byte offset's high three bits); 0 for other tags.
    /// </summary>
    private static readonly ushort[] CopyElements = Enumerable.Range(0, 256).Select(tag => (tag & 3) switch
    {
        1 => (ushort)((((tag >> 2) & 7) + 4) | ((tag & 0xE0) << 3)),
        2 => (ushort)((tag >> 2) + 1),
        _ => (ushort)0,
    }).ToArray();

    private PageInput _input = null!;
    private int _position;
    private int _literalLeft;
    private int _produced;

    /// <summary>The page's uncompressed size, as its preamble says.</summary>
    public int Length { get; private set; }

    /// <summary>Starts on the compressed page <paramref name="input"/> reads, which has read its first part.</summary>
    /// <exception cref="InvalidDataException">The preamble is not a length.</exception>
    public void Start(PageInput input)
    {
        (_input, _position, _literalLeft, _produced) = (input, 0, 0, 0);
        var value = 0u;
        for (var shift = 0; ; shift += 7)
        {
            if ((_position >= input.End && !input.Refill(ref _position)) || shift > 28)
            {
                throw new InvalidDataException("A Snappy page does not start with its length.");
            }

            var b = input.Buffer[_position++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }
        }

        Length = value <= Array.MaxLength ? (int)value : throw new InvalidDataException("A Snappy page says it is larger than an array can be.");
    }

    public void Restart()
    {
        _input.Restart();
        Start(_input);
    }

    /// <inheritdoc/>
    public int Decode(Span<byte> window, int end)
    {
        // The state lives in locals while decoding (written back on the way out; an exception ends the page anyway).
        ref var output = ref MemoryMarshal.GetReference(window);
        var (position, produced, literalLeft, size) = (_position, _produced, _literalLeft, Length);

        // Most elements are decoded by the inner loop, where the input has FastInput bytes left, the window room for the
        // largest copy and the page 64 bytes more to come, so that an element's size is checked against neither (a
        // copy's offset is checked). Then more input is read, or the rest (a long literal, an element at the end of
        // the page, a copy the window cannot serve) is decoded one element at a time, every bound checked. The page's
        // bytes before the window's start are the same throughout this call.
        var before = produced - end;
        var windowRoom = window.Length - IPageDecoder.MinRoom;
        var fastOutput = (int)Math.Min(windowRoom, size - before - 64L);
        while (true)
        {
            var source = _input.Buffer;
            ref var input = ref MemoryMarshal.GetArrayDataReference(source);
            var last = _input.End;
            if (literalLeft > 0)
            {
                var count = Math.Min(Math.Min(literalLeft, window.Length - end), last - position);
                if (count == 0)
                {
                    if (end == window.Length)
                    {
                        break;
                    }

                    if (!_input.Refill(ref position))
                    {
                        throw Corrupt("A literal runs past the end of the page.");
                    }

                    continue;
                }

                source.AsSpan(position, count).CopyTo(window[end..]);
                (position, end, produced, literalLeft) = (position + count, end + count, produced + count, literalLeft - count);
                continue;
            }

            var fastInput = last - FastInput;
            if (position < fastInput && end <= fastOutput)
            {
                // The next tag is the low byte of `preload`, the four bytes at it. After a copy it is shifted out of the
                // bytes read for the copy's offset, so that finding the next tag does not wait for a load from where
                // this element ends, as in Snappy's own decoder (transcript pages: docs/performance.md).
                var preload = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref input, position));
                ref var copyElements = ref MemoryMarshal.GetArrayDataReference(CopyElements);
                while (true)
                {
                    var tag = (int)(preload & 0xFF);
                    var kind = tag & 3;
                    if (kind == 0)
                    {
                        var length = (tag >> 2) + 1;
                        if (length > 16)
                        {
                            break;
                        }

                        // One 16-byte block: the bytes past the literal are overwritten later.
                        Vector128.LoadUnsafe(ref Unsafe.Add(ref input, position + 1)).StoreUnsafe(ref Unsafe.Add(ref output, end));
                        (position, end) = (position + 1 + length, end + length);
                        if (position >= fastInput || end > fastOutput)
                        {
                            break;
                        }

                        preload = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref input, position));
                        continue;
                    }

                    if (kind == 3)
                    {
                        break; // a four-byte offset: no writer we know of makes one (it reaches past 64 KiB)
                    }

                    // A one- or two-byte offset (kind 1 or 2): its length and offset bits in the tag from a table, rather
                    // than a branch between the two kinds, which text mixes about half and half.
                    int element = Unsafe.Add(ref copyElements, tag);
                    preload = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref input, position + 1));
                    var offset = (element & 0x700) + (int)(preload & ((1u << (kind * 8)) - 1));
                    if ((uint)(offset - 1) >= (uint)end)
                    {
                        break; // no offset, or one past the window's bytes: the slow path says which
                    }

                    var elementLength = element & 0xFF;
                    Copy(ref Unsafe.Add(ref output, end), offset, elementLength);
                    (position, end) = (position + 1 + kind, end + elementLength);
                    if (position >= fastInput || end > fastOutput)
                    {
                        break;
                    }

                    preload >>= kind * 8;
                }
            }

            produced = before + end;

            if (last - position < FastInput && end <= windowRoom && _input.Refill(ref position))
            {
                continue;
            }

            if (position >= last || window.Length - end < IPageDecoder.MinRoom)
            {
                break;
            }

            int slowTag = source[position];
            if ((slowTag & 3) == 0)
            {
                var length = (slowTag >> 2) + 1;
                position++;
                if (length > 60)
                {
                    position = LongLiteral(length - 60, position, out length);
                }

                literalLeft = length <= size - produced ? length : throw TooLong();
                continue;
            }

            var (copyLength, copyOffset, copyBytes) = CopyElement(slowTag, Trailer(position));
            Need(position, copyBytes);
            position += copyBytes;
            CopyBack(ref output, ref end, ref produced, copyOffset, copyLength);
        }

        (_position, _produced, _literalLeft) = (position, produced, literalLeft);
        return end;
    }

    /// <summary>A copy's length and offset from its tag and the (up to) four bytes after it, and its size with the tag.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Length, int Offset, int Bytes) CopyElement(int tag, uint trailer) => (tag & 3) switch
    {
        1 => (((tag >> 2) & 7) + 4, ((tag & 0xE0) << 3) | (int)(trailer & 0xFF), 2),
        2 => ((tag >> 2) + 1, (int)(trailer & 0xFFFF), 3),
        _ => ((tag >> 2) + 1, trailer <= int.MaxValue ? (int)trailer : 0, 5),
    };

    /// <summary>Appends a copy of <paramref name="length"/> bytes from <paramref name="offset"/> bytes back, checked
    /// against the page's start, its size and the bytes the window kept.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CopyBack(ref byte output, ref int end, ref int produced, int offset, int length)
    {
        if (offset == 0 || offset > produced)
        {
            throw Corrupt("A copy reaches back before the start of the page.");
        }

        if (offset > end)
        {
            throw new HistoryDroppedException();
        }

        if (length > Length - produced)
        {
            throw TooLong();
        }

        Copy(ref Unsafe.Add(ref output, end), offset, length);
        (end, produced) = (end + length, produced + length);
    }

    /// <summary>Copies <paramref name="length"/> bytes (64 at most) from <paramref name="offset"/> bytes back to
    /// <paramref name="target"/>; room for <see cref="IPageDecoder.MinRoom"/> bytes there was checked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Copy(ref byte target, int offset, int length)
    {
        ref var from = ref Unsafe.Subtract(ref target, offset);
        if (offset >= 16)
        {
            // 16 bytes at a time: each block read was written before (it is at least 16 back), and the bytes written past
            // the copy are overwritten later.
            for (var i = 0; i < length; i += 16)
            {
                Vector128.LoadUnsafe(ref Unsafe.Add(ref from, i)).StoreUnsafe(ref Unsafe.Add(ref target, i));
            }

            return;
        }

        if (offset >= 8)
        {
            // 8 bytes at a time, for the same reason.
            for (var i = 0; i < length; i += 8)
            {
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, i), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref from, i)));
            }

            return;
        }

        // A run repeating its last few bytes ("....", "hahaha"): byte by byte, each one written before it is read.
        for (var i = 0; i < length; i++)
        {
            Unsafe.Add(ref target, i) = Unsafe.Add(ref from, i);
        }
    }

    /// <summary>A long literal's length, in the <paramref name="bytes"/> after its tag; returns where its bytes start.</summary>
    private int LongLiteral(int bytes, int position, out int length)
    {
        Need(position, bytes);
        var value = 0u;
        for (var i = 0; i < bytes; i++)
        {
            value |= (uint)_input.Buffer[position + i] << (8 * i);
        }

        length = value < int.MaxValue ? (int)value + 1 : throw TooLong();
        return position + bytes;
    }

    /// <summary>The up to four bytes after the tag at <paramref name="position"/>, where the page ends within five.</summary>
    private uint Trailer(int position)
    {
        var value = 0u;
        for (var i = 1; i <= 4 && position + i < _input.End; i++)
        {
            value |= (uint)_input.Buffer[position + i] << (8 * (i - 1));
        }

        return value;
    }

    private void Need(int position, int bytes)
    {
        if (_input.End - position < bytes)
        {
            throw Corrupt("The page ends inside an element.");
        }
    }

    private InvalidDataException TooLong() => Corrupt($"The page decompresses to more than the {Length} bytes it says.");

    private static InvalidDataException Corrupt(string message) => new($"A Snappy page is corrupt: {message}");
}
