using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// One thread's buffers for resampling, reused across the resamples it runs. A resample is a multinomial
/// draw kept as a byte count per pair, then one pass that adds count × figures into the sums of every
/// group the pair counts in. The pass is vectorised (a pair's 8 figures are one Vector&lt;int&gt; on x64) with
/// 32-bit partial sums flushed into 64-bit totals before they could overflow; sums are integers, so the
/// result is exact and the same on either path.
/// </summary>
internal sealed class ResampleWorkspace
{
    /// <summary>Figures per group: the 8 fields of <see cref="PairFigures"/>, in that order.</summary>
    public const int FiguresPerGroup = 8;

    /// <summary>MethodImplOptions.AggressiveOptimization (absent from netstandard2.0's enum): these loops run
    /// a billion times per bootstrap and must not start in unoptimised tier-0 code.</summary>
    private const MethodImplOptions HotLoop = (MethodImplOptions)512;

    private readonly PairedSamples _samples;
    private readonly byte[] _counts;
    private readonly long[] _sums;
    private readonly Vector<int>[] _partialSums;
    private readonly List<int> _overflows = [];
    private readonly bool _vectorized;

    /// <summary>Indexed by membership kind: which lanes of a pair's figures a group takes (both sides, baseline's, canary's).</summary>
    private readonly Vector<int>[] _sideMasks;

    public ResampleWorkspace(PairedSamples samples, bool vectorized)
    {
        _samples = samples;
        _counts = new byte[samples.Pairs.Length];
        _sums = new long[samples.GroupCount * FiguresPerGroup];
        _vectorized = vectorized && Vector<int>.Count == FiguresPerGroup;
        _partialSums = _vectorized ? new Vector<int>[samples.GroupCount] : [];
        _sideMasks = _vectorized
            ? [new Vector<int>(-1), new Vector<int>([-1, -1, 0, 0, -1, -1, 0, 0]), new Vector<int>([0, 0, -1, -1, 0, 0, -1, -1])]
            : [];
    }

    /// <summary>True where a pair's figures fit one hardware vector (x64 with AVX2).</summary>
    public static bool CanVectorize => Vector.IsHardwareAccelerated && Vector<int>.Count == FiguresPerGroup;

    /// <summary>The sums of resample <paramref name="resample"/>: group g's figures at [8g, 8g + 8). Valid until the next call.</summary>
    public long[] Resample(ulong seed, int resample)
    {
        Draw(seed, resample);
        Array.Clear(_sums, 0, _sums.Length);
        if (_vectorized)
        {
            SumVectorized();
        }
        else
        {
            SumScalar();
        }

        foreach (var pair in _overflows)
        {
            Add(pair, 256);
        }

        return _sums;
    }

    [MethodImpl(HotLoop)]
    private void Draw(ulong seed, int resample)
    {
        var counts = _counts;
        var n = (uint)counts.Length;
        Array.Clear(counts, 0, counts.Length);
        _overflows.Clear();
        var random = new Xoshiro256StarStar(SplitMix64.After(seed, 4UL * (ulong)resample));
        for (var draw = 0u; draw < n; draw++)
        {
            var pair = random.NextBelow(n);
            if (++counts[pair] == 0)
            {
                _overflows.Add((int)pair); // a byte counts to 255; each wrap is worth 256 more draws
            }
        }
    }

    [MethodImpl(HotLoop)]
    private void SumVectorized()
    {
        var figures = MemoryMarshal.Cast<PairFigures, Vector<int>>(_samples.Pairs.AsSpan());
        var starts = _samples.MembershipStarts;
        var memberships = _samples.Memberships;
        var partial = _partialSums;
        var sideMasks = _sideMasks;
        // A pair adds at most 255 × the largest figure to a partial sum: flush before int32 could overflow.
        var block = Math.Max(1, int.MaxValue / (255 * (long)_samples.LargestFigure));
        var untilFlush = block;
        var overall = Vector<int>.Zero;
        for (var pair = 0; pair < figures.Length; pair++)
        {
            var count = _counts[pair];
            var weighted = figures[pair] * new Vector<int>(count);
            overall += weighted;
            for (var m = starts[pair]; m < starts[pair + 1]; m++)
            {
                var membership = memberships[m];
                partial[membership >> 2] += weighted & sideMasks[membership & 3];
            }

            if (--untilFlush == 0)
            {
                partial[0] = overall;
                Flush();
                overall = Vector<int>.Zero;
                untilFlush = block;
            }
        }

        partial[0] = overall;
        Flush();
    }

    private void Flush()
    {
        for (var group = 0; group < _partialSums.Length; group++)
        {
            var partial = _partialSums[group];
            for (var figure = 0; figure < FiguresPerGroup; figure++)
            {
                _sums[(group * FiguresPerGroup) + figure] += partial[figure];
            }

            _partialSums[group] = Vector<int>.Zero;
        }
    }

    private void SumScalar()
    {
        for (var pair = 0; pair < _counts.Length; pair++)
        {
            if (_counts[pair] != 0)
            {
                Add(pair, _counts[pair]);
            }
        }
    }

    private void Add(int pair, long weight)
    {
        ref readonly var figures = ref _samples.Pairs[pair];
        AddTo(0, PairedSamples.BothSides, figures, weight);
        for (var m = _samples.MembershipStarts[pair]; m < _samples.MembershipStarts[pair + 1]; m++)
        {
            var membership = _samples.Memberships[m];
            AddTo(membership >> 2, membership & 3, figures, weight);
        }
    }

    private void AddTo(int group, int side, in PairFigures figures, long weight)
    {
        var at = group * FiguresPerGroup;
        if (side != PairedSamples.CanarySide)
        {
            _sums[at] += weight * figures.BaselineEdits;
            _sums[at + 1] += weight * figures.BaselineWords;
            _sums[at + 4] += weight * figures.BaselineEntityMisses;
            _sums[at + 5] += weight * figures.BaselineEntities;
        }

        if (side != PairedSamples.BaselineSide)
        {
            _sums[at + 2] += weight * figures.CanaryEdits;
            _sums[at + 3] += weight * figures.CanaryWords;
            _sums[at + 6] += weight * figures.CanaryEntityMisses;
            _sums[at + 7] += weight * figures.CanaryEntities;
        }
    }
}
