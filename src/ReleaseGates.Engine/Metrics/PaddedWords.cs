using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace ReleaseGates.Engine.Metrics;

/// <summary>Whole-word operations on padded texts (" a b c "; see <see cref="LineText"/>).</summary>
internal static class PaddedWords
{
    public static int Count(ReadOnlySpan<char> padded) => CountSpaces(padded) - 1;

    /// <summary>The number of leading words <paramref name="a"/> and <paramref name="b"/> share.</summary>
    public static int CommonLeadingWords(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        CountSpaces(a.Slice(0, CommonPrefixLength(a, b))) - 1;

    /// <summary>Whether <paramref name="entity"/>'s words appear contiguously in <paramref name="hypothesis"/>.
    /// An entity without words (" ") is found: the empty sequence is in every sequence.</summary>
    public static bool Contains(ReadOnlySpan<char> hypothesis, ReadOnlySpan<char> entity) => hypothesis.IndexOf(entity) >= 0;

    /// <summary>
    /// Cuts the words both texts start with and end with (a minimum alignment matches them anyway), leaving
    /// the padded middles whose words must be aligned.
    /// </summary>
    public static void TrimCommonWords(ref ReadOnlySpan<char> reference, ref ReadOnlySpan<char> hypothesis)
    {
        var lastSharedSpace = reference.Slice(0, CommonPrefixLength(reference, hypothesis)).LastIndexOf(' ');
        reference = reference.Slice(lastSharedSpace);
        hypothesis = hypothesis.Slice(lastSharedSpace);
        var suffix = CommonSuffixLength(reference, hypothesis);
        var firstSharedSpace = reference.Length - suffix + reference.Slice(reference.Length - suffix).IndexOf(' ');
        var cut = reference.Length - firstSharedSpace - 1; // characters after that space, the same in both
        reference = reference.Slice(0, reference.Length - cut);
        hypothesis = hypothesis.Slice(0, hypothesis.Length - cut);
    }

    private static int CountSpaces(ReadOnlySpan<char> text)
    {
        var count = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && text.Length >= 4 * Vector<short>.Count)
        {
            // Equal lanes are all ones (-1 as a short): subtracting them counts the spaces, a vector at a time.
            var vectors = MemoryMarshal.Cast<char, Vector<short>>(text);
            var spaces = new Vector<short>((short)' ');
            var counts = Vector<short>.Zero;
            for (var v = 0; v < vectors.Length; v++)
            {
                counts -= Vector.Equals(vectors[v], spaces);
                if ((v & 0x3FFF) == 0x3FFF)
                {
                    count += Sum(counts); // before a lane could pass short.MaxValue
                    counts = Vector<short>.Zero;
                }
            }

            count += Sum(counts);
            i = vectors.Length * Vector<short>.Count;
        }

        for (; i < text.Length; i++)
        {
            count += text[i] == ' ' ? 1 : 0;
        }

        return count;
    }

    private static int Sum(Vector<short> counts)
    {
        Vector.Widen(counts, out var low, out var high);
        return Vector.Dot(low + high, Vector<int>.One);
    }

    private static int CommonPrefixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var length = Math.Min(a.Length, b.Length);
        var wideA = MemoryMarshal.Cast<char, ulong>(a.Slice(0, length));
        var wideB = MemoryMarshal.Cast<char, ulong>(b.Slice(0, length));
        var i = 0;
        while (i < wideA.Length && wideA[i] == wideB[i])
        {
            i++;
        }

        i *= 4; // four characters per ulong
        while (i < length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    private static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var length = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < length && a[a.Length - 1 - i] == b[b.Length - 1 - i])
        {
            i++;
        }

        return i;
    }
}
