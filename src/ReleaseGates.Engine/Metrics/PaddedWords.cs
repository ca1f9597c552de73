using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace ReleaseGates.Engine.Metrics;

/// <summary>Whole-word operations on padded UTF-8 texts (" a b c "; see <see cref="LineText"/>).</summary>
internal static class PaddedWords
{
    public static int Count(ReadOnlySpan<byte> padded) => CountSpaces(padded) - 1;

    /// <summary>The number of leading words <paramref name="a"/> and <paramref name="b"/> share.</summary>
    public static int CommonLeadingWords(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) =>
        CountSpaces(a.Slice(0, ByteSpans.CommonPrefixLength(a, b))) - 1;

    /// <summary>Whether <paramref name="entity"/>'s words appear contiguously in <paramref name="hypothesis"/>.
    /// An entity without words (" ") is found: the empty sequence is in every sequence.</summary>
    public static bool Contains(ReadOnlySpan<byte> hypothesis, ReadOnlySpan<byte> entity) => hypothesis.IndexOf(entity) >= 0;

    /// <summary>
    /// Cuts the words both texts start with and end with (a minimum alignment matches them anyway), leaving
    /// the padded middles whose words must be aligned.
    /// </summary>
    public static void TrimCommonWords(ref ReadOnlySpan<byte> reference, ref ReadOnlySpan<byte> hypothesis)
    {
        var lastSharedSpace = reference.Slice(0, ByteSpans.CommonPrefixLength(reference, hypothesis)).LastIndexOf((byte)' ');
        reference = reference.Slice(lastSharedSpace);
        hypothesis = hypothesis.Slice(lastSharedSpace);
        var suffix = CommonSuffixLength(reference, hypothesis);
        var firstSharedSpace = reference.Length - suffix + reference.Slice(reference.Length - suffix).IndexOf((byte)' ');
        var cut = reference.Length - firstSharedSpace - 1; // bytes after that space, the same in both
        reference = reference.Slice(0, reference.Length - cut);
        hypothesis = hypothesis.Slice(0, hypothesis.Length - cut);
    }

    private static int CountSpaces(ReadOnlySpan<byte> text)
    {
        var count = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && text.Length >= Vector<byte>.Count)
        {
            // Equal lanes are all ones (255): subtracting them counts the spaces, a vector at a time.
            var vectors = MemoryMarshal.Cast<byte, Vector<byte>>(text);
            var spaces = new Vector<byte>((byte)' ');
            var counts = Vector<byte>.Zero;
            var added = 0;
            for (var v = 0; v < vectors.Length; v++)
            {
                counts -= Vector.Equals(vectors[v], spaces);
                if (++added == byte.MaxValue)
                {
                    added = 0;
                    count += ByteLanes.Sum(counts); // before a lane could pass byte.MaxValue
                    counts = Vector<byte>.Zero;
                }
            }

            count += ByteLanes.Sum(counts);
            i = vectors.Length * Vector<byte>.Count;
        }

        for (; i + sizeof(ulong) <= text.Length; i += sizeof(ulong))
        {
            count += ByteLanes.CountMarked(ByteLanes.Spaces(BinaryPrimitives.ReadUInt64LittleEndian(text.Slice(i))));
        }

        for (; i < text.Length; i++)
        {
            count += text[i] == ' ' ? 1 : 0;
        }

        return count;
    }

    private static int CommonSuffixLength(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var length = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i + sizeof(ulong) <= length
               && MemoryMarshal.Read<ulong>(a.Slice(a.Length - i - sizeof(ulong))) == MemoryMarshal.Read<ulong>(b.Slice(b.Length - i - sizeof(ulong))))
        {
            i += sizeof(ulong);
        }

        while (i < length && a[a.Length - 1 - i] == b[b.Length - 1 - i])
        {
            i++;
        }

        return i;
    }
}
