using System.Numerics;
using System.Runtime.CompilerServices;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// The weights of <see cref="Width"/> consecutive resamples side by side: unit u's weight in the block's resample r
/// is at [u × Width + r]. A pass over the pairs then reads each pair's figures once for all the block's resamples
/// (one vector lane per resample), instead of once per resample: the figures of a million pairs do not fit in any
/// cache, and what a pair costs beyond its additions (reading its figures and classes, finding where they go) is
/// paid once a pass.
/// </summary>
internal sealed class WeightBlock
{
    /// <summary>Resamples per block: one per lane of two <see cref="Vector{T}"/>s of ints (16 with AVX2). Two vectors
    /// rather than one halve the passes; measured in docs/performance.md.</summary>
    public static readonly int Width = 2 * Vector<int>.Count;

    /// <summary>Units drawn for every resample of the block before the next: even (each random output serves two
    /// units), and its weights (Chunk × Width bytes) fit in the first-level cache.</summary>
    private const int Chunk = 1024;

    private readonly byte[] _weights;
    private readonly int _units;
    private readonly Xoshiro256StarStar[] _generators = new Xoshiro256StarStar[Width];

    public WeightBlock(int units)
    {
        _units = units;

        // A vector is read at every unit's first weight: room for the last one's.
        _weights = new byte[(units * Width) + Vector<byte>.Count];
    }

    /// <summary>Draws resamples <paramref name="first"/> .. <paramref name="first"/> + <paramref name="count"/> - 1; the
    /// lanes beyond <paramref name="count"/> weigh every unit 0.</summary>
    public void Draw(ulong seed, int first, int count)
    {
        if (count < Width)
        {
            Array.Clear(_weights, 0, _weights.Length); // only the last block of a bootstrap, once
        }

        // Unit by unit for all the block's resamples, a chunk at a time, rather than resample by resample: the chunk's
        // weights stay in the processor's cache while the block's resamples fill them, instead of every resample
        // bringing every unit's weights in from memory and writing them back.
        for (var r = 0; r < count; r++)
        {
            _generators[r] = PoissonWeights.Generator(seed, first + r);
        }

        for (var start = 0; start < _units; start += Chunk)
        {
            var units = Math.Min(Chunk, _units - start);
            for (var r = 0; r < count; r++)
            {
                PoissonWeights.Draw(ref _generators[r], _weights, units, Width, (start * Width) + r);
            }
        }
    }

    /// <summary>Unit <paramref name="unit"/>'s weight in each of the block's resamples, one per lane: the first half
    /// of the block in <paramref name="low"/>, the second in <paramref name="high"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Of(int unit, out Vector<int> low, out Vector<int> high)
    {
        Vector.Widen(new Vector<byte>(_weights, unit * Width), out var shorts, out _);
        Vector.Widen(shorts, out var first, out var second);
        low = Vector.AsVectorInt32(first);
        high = Vector.AsVectorInt32(second);
    }

    /// <summary>Unit <paramref name="unit"/>'s weight in the block's resample <paramref name="lane"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Of(int unit, int lane) => _weights[(unit * Width) + lane];
}
