using System.Runtime.CompilerServices;
using ReleaseGates.Parquet.Chunks;

namespace ReleaseGates.Parquet.Tests;

/// <summary>The buffers a reading returns are reused while any reading is in progress, and let go when the last ends.
/// Alone in its collection: another class's reading in progress would keep the pool.</summary>
[Collection(PooledCollection.Name)]
public sealed class PooledTests
{
    [Fact]
    public void A_buffer_returned_during_a_reading_is_taken_over_by_the_next_column()
    {
        using var reading = Pooled.BeginReading();
        var first = Array.Empty<byte>();
        Pooled.Ensure(ref first, 100_000);
        var rented = first;
        Pooled.Return(ref first);

        var next = Array.Empty<byte>();
        Pooled.Ensure(ref next, 90_000);

        Assert.Empty(first);
        Assert.Same(rented, next);
        Pooled.Return(ref next);
    }

    [Fact]
    public void The_buffers_kept_are_let_go_when_the_last_reading_ends()
    {
        var outer = Pooled.BeginReading();
        var inner = Pooled.BeginReading();
        var kept = Returned(50_000);
        inner.Dispose();
        Collect();

        Assert.True(kept.IsAlive); // another reading is in progress: the pool keeps it for that reading's next column

        outer.Dispose();
        Collect();

        Assert.False(kept.IsAlive);
    }

    /// <summary>A buffer rented and given back, seen only through a weak reference.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference Returned(int length)
    {
        var buffer = Array.Empty<byte>();
        Pooled.Ensure(ref buffer, length);
        var kept = new WeakReference(buffer);
        Pooled.Return(ref buffer);
        return kept;
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PooledCollection
{
    public const string Name = "The buffer pool";
}
