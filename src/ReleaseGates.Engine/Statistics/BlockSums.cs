using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// One thread's sums for a block of resamples (<see cref="WeightBlock"/>), reused block after block: one pass over
/// the pairs adds weight × figures, one vector lane per resample, into
/// <list type="bullet">
/// <item>the whole counts of each signature (<see cref="PairGroups"/>: a pair's counts are added once, not once per
/// group it counts in), in 32-bit lanes flushed into each group's 64-bit totals before they could overflow;</item>
/// <item>the weight of each class of each group and class lane (<see cref="ClassLanes"/>);</item>
/// <item>and, in a second pass only when a mean is judged, weight × value of each measure in each group, in the
/// order of the pairs.</item>
/// </list>
/// All sums of whole numbers are exact, whatever their order.
/// </summary>
internal sealed class BlockSums
{
    /// <summary>MethodImplOptions.AggressiveOptimization (absent from netstandard2.0's enum): these loops run for every
    /// pair of every block and must not start in unoptimised tier-0 code.</summary>
    private const MethodImplOptions HotLoop = (MethodImplOptions)512;

    private static readonly int Width = WeightBlock.Width;

    private readonly PairedSamples _samples;

    /// <summary>Signature s's count lane k in the block's resample r: [(s × lanes + k) × Width + r].</summary>
    private readonly int[] _signatureCounts;
    private readonly long[] _countTotals;
    private readonly int[] _classCounts;
    private readonly double[] _sums;

    public BlockSums(PairedSamples samples)
    {
        _samples = samples;
        Weights = new WeightBlock(samples.UnitCount);
        _signatureCounts = new int[samples.Groups.Signatures.Length * samples.Counts.LaneCount * Width];
        _countTotals = new long[samples.GroupCount * samples.Counts.LaneCount * 2 * Width];
        _classCounts = new int[samples.GroupCount * samples.Classes.LaneCount * ClassLanes.Stride * Width];
        _sums = new double[samples.GroupCount * samples.Sums.LaneCount * Width];
    }

    public WeightBlock Weights { get; }

    /// <summary>The class counts, for <see cref="ClassLanes.Percentile"/>: group g, lane k, class c in the block's
    /// resample r is at (<see cref="ClassAt"/> + c) × Width + r.</summary>
    public int[] ClassCounts => _classCounts;

    public int ClassAt(int group, int lane) => ((group * _samples.Classes.LaneCount) + lane) * ClassLanes.Stride;

    /// <summary>Draws the block's resamples and sums them.</summary>
    public void Run(ulong seed, int first, int count)
    {
        Weights.Draw(seed, first, count);
        Array.Clear(_countTotals, 0, _countTotals.Length);
        Array.Clear(_classCounts, 0, _classCounts.Length);
        Array.Clear(_sums, 0, _sums.Length);
        if (_samples.Counts.LaneCount > 0 || _samples.Classes.LaneCount > 0)
        {
            if (_samples.Counts.Bytes is { } bytes)
            {
                SumCountsAndClasses(new ByteLanes(bytes));
            }
            else
            {
                SumCountsAndClasses(new IntLanes(_samples.Counts.Ints!));
            }
        }

        if (_samples.Sums.LaneCount > 0)
        {
            SumMeasures();
        }
    }

    /// <summary>The weighted sum of count lane <paramref name="lane"/> on <paramref name="side"/> in <paramref name="group"/>, resample <paramref name="resample"/> of the block.</summary>
    public long Count(int group, int lane, int side, int resample) =>
        _countTotals[((((group * _samples.Counts.LaneCount) + lane) * 2) + side) * Width + resample];

    /// <summary>The weight of class <paramref name="cls"/> of class lane <paramref name="lane"/> in <paramref name="group"/>.</summary>
    public long Class(int group, int lane, int cls, int resample) => _classCounts[((ClassAt(group, lane) + cls) * Width) + resample];

    /// <summary>The weight of every class but <see cref="RankSegments.NotCounted"/>: how many values were reported.</summary>
    public long Reported(int group, int lane, int resample)
    {
        var at = ClassAt(group, lane);
        long total = _classCounts[((at + RankSegments.Timeout) * Width) + resample];
        var segments = _samples.Classes.Segments(lane, group).Count;
        for (var cls = 0; cls < segments; cls++)
        {
            total += _classCounts[((at + cls) * Width) + resample];
        }

        return total;
    }

    /// <summary>The weighted sum of measure lane <paramref name="lane"/> in <paramref name="group"/>.</summary>
    public double Sum(int group, int lane, int resample) => _sums[(((group * _samples.Sums.LaneCount) + lane) * Width) + resample];

    /// <remarks>Each pair adds its weights (two vectors: the block's two halves) to cells it finds by index; the
    /// indexes come from the pair's own rows, built so that every one is in range, and the cells are reached by
    /// reference without a bounds check: these few instructions run a billion times a bootstrap.</remarks>
    [MethodImpl(HotLoop)]
    private void SumCountsAndClasses<TLanes>(TLanes figures)
        where TLanes : struct, ILanes
    {
        var weights = Weights;
        var units = _samples.UnitOfPair;
        var groups = _samples.Groups;
        var signatureOf = groups.SignatureOf;
        var starts = groups.Starts;
        var entries = groups.Entries;
        var laneCount = _samples.Counts.LaneCount;
        var classLanes = _samples.Classes.LaneCount;
        var overall = _samples.Classes.Overall;
        var member = _samples.Classes.Member;
        ref var signatureCells = ref Unsafe.As<int, Vector<int>>(ref MemoryMarshal.GetReference(_signatureCounts.AsSpan())); // empty when no lane counts
        ref var classCells = ref Unsafe.As<int, Vector<int>>(ref MemoryMarshal.GetReference(_classCounts.AsSpan()));
        const int Stride = ClassLanes.Stride;

        // A pair adds at most MaxWeight × the largest count to a 32-bit lane: flush before one could overflow.
        var block = (int)Math.Max(1, int.MaxValue / (PoissonWeights.MaxWeight * (long)_samples.Counts.Largest));
        var untilFlush = block;
        for (var pair = 0; pair < units.Length; pair++)
        {
            weights.Of(units[pair], out var low, out var high);
            var row = pair * laneCount;
            ref var signature = ref Unsafe.Add(ref signatureCells, signatureOf[pair] * laneCount * 2);
            for (var lane = 0; lane < laneCount; lane++)
            {
                var count = new Vector<int>(figures.Get(row + lane));
                ref var cell = ref Unsafe.Add(ref signature, lane * 2);
                Debug.Assert((((signatureOf[pair] * laneCount) + lane + 1) * Width) <= _signatureCounts.Length, "a signature cell beyond the counts");
                cell += low * count;
                Unsafe.Add(ref cell, 1) += high * count;
            }

            var classRow = pair * classLanes;
            for (var lane = 0; lane < classLanes; lane++)
            {
                AddWeights(ref Unsafe.Add(ref classCells, ((lane * Stride) + overall[classRow + lane]) * 2), low, high);
            }

            for (var m = starts[pair]; m < starts[pair + 1]; m++)
            {
                var at = (entries[m] >> 2) * classLanes * Stride;
                var memberRow = m * classLanes;
                for (var lane = 0; lane < classLanes; lane++)
                {
                    AddWeights(ref Unsafe.Add(ref classCells, (at + (lane * Stride) + member[memberRow + lane]) * 2), low, high);
                }
            }

            if (--untilFlush == 0)
            {
                FlushSignatures();
                untilFlush = block;
            }
        }

        FlushSignatures();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddWeights(ref Vector<int> cell, Vector<int> low, Vector<int> high)
    {
        // Unchecked in release builds; the tests, built in debug, check every cell a pass touches.
        Debug.Assert(
            Unsafe.ByteOffset(ref Unsafe.As<int, Vector<int>>(ref MemoryMarshal.GetReference(_classCounts.AsSpan())), ref cell).ToInt64()
                <= (_classCounts.Length - Width) * (long)sizeof(int),
            "a class cell beyond the counts");
        cell += low;
        Unsafe.Add(ref cell, 1) += high;
    }

    /// <summary>Adds each signature's counts to the totals of the groups it counts in, on the sides it counts for.</summary>
    private void FlushSignatures()
    {
        var laneCount = _samples.Counts.LaneCount;
        var signatures = _samples.Groups.Signatures;
        for (var signature = 0; signature < signatures.Length; signature++)
        {
            for (var lane = 0; lane < laneCount; lane++)
            {
                var partial = new Span<int>(_signatureCounts, ((signature * laneCount) + lane) * Width, Width);
                if (IsZero(partial))
                {
                    continue;
                }

                for (var r = 0; r < Width; r++)
                {
                    long value = partial[r];
                    Add(0, lane, 0, r, value);
                    Add(0, lane, 1, r, value);
                    foreach (var entry in signatures[signature])
                    {
                        for (var side = 0; side < 2; side++)
                        {
                            if (PairGroups.Takes(entry & 3, side))
                            {
                                Add(PairGroups.Group(entry), lane, side, r, value);
                            }
                        }
                    }
                }

                partial.Clear();
            }
        }
    }

    private static bool IsZero(Span<int> values)
    {
        foreach (var value in values)
        {
            if (value != 0)
            {
                return false;
            }
        }

        return true;
    }

    private void Add(int group, int lane, int side, int resample, long value) =>
        _countTotals[((((group * _samples.Counts.LaneCount) + lane) * 2) + side) * Width + resample] += value;

    /// <summary>Weight × value of each measure lane, into each group in the order of the pairs (for exactly the
    /// rounding of a brute force over the repeated lines).</summary>
    [MethodImpl(HotLoop)]
    private void SumMeasures()
    {
        var weights = Weights;
        var units = _samples.UnitOfPair;
        var groups = _samples.Groups;
        var starts = groups.Starts;
        var entries = groups.Entries;
        var sums = _samples.Sums;
        var laneCount = sums.LaneCount;
        var values = sums.Values;
        var totals = _sums;
        var products = new double[Width];
        for (var pair = 0; pair < units.Length; pair++)
        {
            var unit = units[pair];
            for (var lane = 0; lane < laneCount; lane++)
            {
                var value = values[(pair * laneCount) + lane];
                var side = sums.Lanes[lane].Side;
                for (var r = 0; r < Width; r++)
                {
                    products[r] = value * weights.Of(unit, r);
                }

                Add(totals, products, lane * Width);
                for (var m = starts[pair]; m < starts[pair + 1]; m++)
                {
                    if (PairGroups.Takes(entries[m] & 3, side))
                    {
                        Add(totals, products, (((entries[m] >> 2) * laneCount) + lane) * Width);
                    }
                }
            }
        }
    }

    private static void Add(double[] totals, double[] products, int at)
    {
        for (var r = 0; r < products.Length; r++)
        {
            totals[at + r] += products[r];
        }
    }

    /// <summary>How the pass reads a pair's count lanes (bytes, or ints when a count is 256 or more).</summary>
    private interface ILanes
    {
        int Get(int index);
    }

    private readonly struct ByteLanes(byte[] values) : ILanes
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Get(int index) => values[index];
    }

    private readonly struct IntLanes(int[] values) : ILanes
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Get(int index) => values[index];
    }
}
