using System.Numerics;
using System.Runtime.CompilerServices;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// The weights of <see cref="Width"/> consecutive resamples side by side: unit u's weight in the block's resample r
/// is at [u × Width + r]. A pass over the pairs then reads each pair's figures once for all the block's resamples
/// (one vector lane per resample), instead of once per resample: the figures of a million pairs do not fit in any
/// cache, so reading them is what a pass costs.
/// </summary>
internal sealed class WeightBlock
{
    /// <summary>Resamples per block: one per lane of a <see cref="Vector{T}"/> of ints (8 with AVX2).</summary>
    public static readonly int Width = Vector<int>.Count;

    private readonly byte[] _weights;
    private readonly int _units;

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

        for (var r = 0; r < count; r++)
        {
            PoissonWeights.Draw(seed, first + r, _weights, _units, Width, r);
        }
    }

    /// <summary>Unit <paramref name="unit"/>'s weight in each of the block's resamples, one per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector<int> Of(int unit)
    {
        Vector.Widen(new Vector<byte>(_weights, unit * Width), out var low, out _);
        Vector.Widen(low, out var lowest, out _);
        return Vector.AsVectorInt32(lowest);
    }

    /// <summary>Unit <paramref name="unit"/>'s weight in the block's resample <paramref name="lane"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Of(int unit, int lane) => _weights[(unit * Width) + lane];
}
