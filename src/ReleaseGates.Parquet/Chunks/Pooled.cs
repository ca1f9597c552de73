using System.Buffers;
using System.Runtime.CompilerServices;

namespace ReleaseGates.Parquet.Chunks;

/// <summary>
/// Buffers rented from the shared pool: a file's row groups are read in pieces, each with columns of its own, and
/// through the pool the next piece's columns take over the last one's buffers (and a column the buffers another one
/// used only while decoding) instead of allocating large arrays of their own.
/// </summary>
internal static class Pooled
{
    /// <summary>Makes <paramref name="buffer"/> hold at least <paramref name="length"/> items, keeping its first
    /// <paramref name="keep"/> items.</summary>
    public static void Ensure<T>(ref T[] buffer, int length, int keep = 0)
    {
        if (buffer.Length >= length)
        {
            return;
        }

        var larger = ArrayPool<T>.Shared.Rent(Math.Max(length, (int)Math.Min(Array.MaxLength, buffer.Length * 2L)));
        buffer.AsSpan(0, keep).CopyTo(larger);
        Return(ref buffer);
        buffer = larger;
    }

    /// <summary>Gives <paramref name="buffer"/> back to the pool; it is empty after. An array of references (a row
    /// group's values as Parquet.Net hands them over) is cleared first, so the pool does not keep the texts alive.</summary>
    public static void Return<T>(ref T[] buffer)
    {
        if (buffer.Length > 0)
        {
            ArrayPool<T>.Shared.Return(buffer, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }

        buffer = [];
    }
}
