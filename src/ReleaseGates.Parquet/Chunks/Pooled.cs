using System.Buffers;
using System.Runtime.CompilerServices;

namespace ReleaseGates.Parquet.Chunks;

/// <summary>
/// Buffers rented from a pool of our own: a file's row groups are read in pieces, each with columns of its own, and
/// through the pool the next piece's columns take over the last one's buffers (and a column the buffers another one
/// used only while decoding) instead of allocating large arrays of their own. The pool is let go once no Parquet file
/// is being read (<see cref="Reading"/>): the shared pool kept some 60 MB of page buffers, windows and levels for the
/// rest of the process — beside a side's utterances while the other side was read, and in a build node after the build.
/// </summary>
internal static class Pooled
{
    /// <summary>Arrays up to this many items are kept for reuse: a page's levels or a window, whatever the page.</summary>
    private const int LargestPooled = 1 << 30;

    /// <summary>Arrays of one size kept: a few buffers of each column on every core.</summary>
    private const int KeptOfOneSize = 64;

    private static readonly object Gate = new();
    private static readonly List<Action> Drops = [];
    private static int _readings;

    /// <summary>Starts a reading: until it and every other one in progress end, the pool keeps what is returned to it.</summary>
    public static Reading BeginReading()
    {
        lock (Gate)
        {
            _readings++;
        }

        return default;
    }

    /// <summary>Makes <paramref name="buffer"/> hold at least <paramref name="length"/> items, keeping its first
    /// <paramref name="keep"/> items.</summary>
    public static void Ensure<T>(ref T[] buffer, int length, int keep = 0)
    {
        if (buffer.Length >= length)
        {
            return;
        }

        var larger = Pool<T>.Current.Rent(Math.Max(length, (int)Math.Min(Array.MaxLength, buffer.Length * 2L)));
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
            Pool<T>.Current.Return(buffer, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }

        buffer = [];
    }

    /// <summary>A reading in progress (a piece of a file, or the cutting of one); the last to end lets the pool go.</summary>
    internal readonly struct Reading : IDisposable
    {
        public void Dispose()
        {
            lock (Gate)
            {
                if (--_readings == 0)
                {
                    Drops.ForEach(drop => drop());
                }
            }
        }
    }

    /// <summary>The pool of <typeparamref name="T"/> arrays, replaced by an empty one when the last reading ends (an
    /// array rented from the one before and returned after is kept by the new one).</summary>
    private static class Pool<T>
    {
        private static ArrayPool<T> _current = Create();

        static Pool()
        {
            lock (Gate)
            {
                Drops.Add(() => Volatile.Write(ref _current, Create()));
            }
        }

        public static ArrayPool<T> Current => Volatile.Read(ref _current);

        private static ArrayPool<T> Create() => ArrayPool<T>.Create(LargestPooled, KeptOfOneSize);
    }
}
