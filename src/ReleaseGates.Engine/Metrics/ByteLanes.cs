using System.Numerics;

namespace ReleaseGates.Engine.Metrics;

/// <summary>Counting in the bytes of a vector or of a 64-bit number (eight bytes read as one).</summary>
internal static class ByteLanes
{
    public const ulong Ones = 0x0101010101010101UL;
    public const ulong HighBits = 0x8080808080808080UL;
    private const ulong LowBits = 0x7F7F7F7F7F7F7F7FUL;

    /// <summary>The high bit of each of the eight bytes of <paramref name="bytes"/> that is a space (0x20), and no
    /// other bit: adding 0x7F to the low seven bits of a byte carries into its high bit unless they are all 0, and
    /// never into the next byte.</summary>
    public static ulong Spaces(ulong bytes)
    {
        var zeroWhereSpace = bytes ^ (Ones * ' ');
        return ~(((zeroWhereSpace & LowBits) + LowBits) | zeroWhereSpace | LowBits);
    }

    /// <summary>How many bytes of <paramref name="marks"/> have their high bit set (and no other bit).</summary>
    public static int CountMarked(ulong marks) => (int)(((marks >> 7) * Ones) >> 56);

    /// <summary>The sum of the lanes of <paramref name="counts"/>.</summary>
    public static int Sum(Vector<byte> counts)
    {
        Vector.Widen(counts, out var low, out var high);
        Vector.Widen(low + high, out var lowInts, out var highInts);
        return (int)Vector.Dot(lowInts + highInts, Vector<uint>.One);
    }
}
