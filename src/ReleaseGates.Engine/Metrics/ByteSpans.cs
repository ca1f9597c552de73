using System.Runtime.InteropServices;

namespace ReleaseGates.Engine.Metrics;

/// <summary>Comparisons of byte strings (normalised texts, utterance ids) eight bytes at a time.</summary>
internal static class ByteSpans
{
    /// <summary>How many leading bytes <paramref name="a"/> and <paramref name="b"/> share.</summary>
    public static int CommonPrefixLength(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var length = Math.Min(a.Length, b.Length);
        var wideA = MemoryMarshal.Cast<byte, ulong>(a.Slice(0, length));
        var wideB = MemoryMarshal.Cast<byte, ulong>(b.Slice(0, length));
        var i = 0;
        while (i < wideA.Length && wideA[i] == wideB[i])
        {
            i++;
        }

        i *= sizeof(ulong);
        while (i < length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }
}
