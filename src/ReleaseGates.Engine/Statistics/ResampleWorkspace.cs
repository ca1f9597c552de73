using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// One thread's buffers for resampling, reused across the resamples it runs: the units' weights, then one pass over
/// the pairs that adds weight × figures into the sums of every group the pair counts in. Counts are summed in 32-bit
/// vector lanes flushed into 64-bit totals before they could overflow, so they are exact; measure sums in doubles.
/// </summary>
internal sealed class ResampleWorkspace
{
    /// <summary>MethodImplOptions.AggressiveOptimization (absent from netstandard2.0's enum): these loops run
    /// a billion times per bootstrap and must not start in unoptimised tier-0 code.</summary>
    private const MethodImplOptions HotLoop = (MethodImplOptions)512;

    private readonly PairedSamples _samples;
    private readonly int _countVectors;
    private readonly int _sumVectors;
    private readonly Vector<int>[] _partialCounts;
    private readonly long[] _counts;
    private readonly Vector<double>[] _sums;

    /// <summary>By membership kind, then vector: which lanes a group takes (both sides, the baseline's, the canary's).</summary>
    private readonly Vector<int>[][] _countMasks;
    private readonly Vector<double>[][] _sumMasks;

    public ResampleWorkspace(PairedSamples samples)
    {
        _samples = samples;
        Weights = new byte[samples.UnitCount];
        _countVectors = samples.CountLanes / Vector<int>.Count;
        _sumVectors = samples.SumLanes / Vector<double>.Count;
        _partialCounts = new Vector<int>[samples.GroupCount * _countVectors];
        _counts = new long[samples.GroupCount * samples.CountLanes];
        _sums = new Vector<double>[samples.GroupCount * _sumVectors];
        _countMasks = Masks(samples.CountLanes, -1);
        _sumMasks = Masks(samples.SumLanes, BitConverter.Int64BitsToDouble(-1));
    }

    /// <summary>The current resample's weight of each unit.</summary>
    public byte[] Weights { get; }

    /// <summary>Draws resample <paramref name="resample"/> and sums it.</summary>
    public void Resample(ulong seed, int resample)
    {
        PoissonWeights.Draw(seed, resample, Weights);
        Array.Clear(_counts, 0, _counts.Length);
        Array.Clear(_sums, 0, _sums.Length);
        if (_countVectors > 0)
        {
            SumCounts();
        }

        if (_sumVectors > 0)
        {
            SumMeasures();
        }
    }

    /// <summary>The weighted sum of count lane <paramref name="lane"/> in <paramref name="group"/>.</summary>
    public long Count(int group, int lane) => _counts[(group * _samples.CountLanes) + lane];

    /// <summary>The weighted sum of measure-sum lane <paramref name="lane"/> in <paramref name="group"/>.</summary>
    public double Sum(int group, int lane) =>
        _sums[(group * _sumVectors) + (lane / Vector<double>.Count)][lane % Vector<double>.Count];

    [MethodImpl(HotLoop)]
    private void SumCounts()
    {
        var figures = MemoryMarshal.Cast<int, Vector<int>>(_samples.Counts.AsSpan());
        var units = _samples.UnitOfPair;
        var weights = Weights;
        var starts = _samples.MembershipStarts;
        var memberships = _samples.Memberships;
        var partial = _partialCounts;
        var masks = _countMasks;
        var vectors = _countVectors;

        // A pair adds at most MaxWeight × the largest count to a partial sum: flush before int32 could overflow.
        var block = Math.Max(1, int.MaxValue / (PoissonWeights.MaxWeight * (long)_samples.LargestCount));
        var untilFlush = block;
        for (var pair = 0; pair < units.Length; pair++)
        {
            var weight = new Vector<int>(weights[units[pair]]);
            var row = pair * vectors;
            for (var v = 0; v < vectors; v++)
            {
                var weighted = figures[row + v] * weight;
                partial[v] += weighted;
                for (var m = starts[pair]; m < starts[pair + 1]; m++)
                {
                    var membership = memberships[m];
                    partial[((membership >> 2) * vectors) + v] += weighted & masks[membership & 3][v];
                }
            }

            if (--untilFlush == 0)
            {
                Flush();
                untilFlush = block;
            }
        }

        Flush();
    }

    private void Flush()
    {
        var lanes = Vector<int>.Count;
        for (var vector = 0; vector < _partialCounts.Length; vector++)
        {
            var partial = _partialCounts[vector];
            var at = vector * lanes;
            for (var lane = 0; lane < lanes; lane++)
            {
                _counts[at + lane] += partial[lane];
            }

            _partialCounts[vector] = Vector<int>.Zero;
        }
    }

    [MethodImpl(HotLoop)]
    private void SumMeasures()
    {
        var figures = MemoryMarshal.Cast<double, Vector<double>>(_samples.Sums.AsSpan());
        var units = _samples.UnitOfPair;
        var weights = Weights;
        var starts = _samples.MembershipStarts;
        var memberships = _samples.Memberships;
        var sums = _sums;
        var masks = _sumMasks;
        var vectors = _sumVectors;
        for (var pair = 0; pair < units.Length; pair++)
        {
            var weight = new Vector<double>(weights[units[pair]]);
            var row = pair * vectors;
            for (var v = 0; v < vectors; v++)
            {
                var weighted = figures[row + v] * weight;
                sums[v] += weighted;
                for (var m = starts[pair]; m < starts[pair + 1]; m++)
                {
                    var membership = memberships[m];
                    sums[((membership >> 2) * vectors) + v] += weighted & masks[membership & 3][v];
                }
            }
        }
    }

    /// <summary>Per membership kind, the lanes a group takes: all, the first half (baseline), the second (canary).</summary>
    private static Vector<T>[][] Masks<T>(int lanes, T on)
        where T : struct
    {
        var width = Vector<T>.Count;
        var vectors = lanes / width;
        var masks = new Vector<T>[3][];
        for (var kind = 0; kind < 3; kind++)
        {
            masks[kind] = new Vector<T>[vectors];
            for (var v = 0; v < vectors; v++)
            {
                var values = new T[width];
                for (var i = 0; i < width; i++)
                {
                    var lane = (v * width) + i;
                    var baseline = lane < lanes / 2;
                    values[i] = kind == PairedSamples.BothSides || (kind == PairedSamples.BaselineSide) == baseline ? on : default;
                }

                masks[kind][v] = new Vector<T>(values);
            }
        }

        return masks;
    }
}
