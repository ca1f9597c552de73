using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// The paired bootstrap of contract §6. Each resample draws N utterance pairs with replacement out of the N
/// pairs (a multinomial draw, kept as a count per pair), so both sides get the same draw; the delta
/// canary - baseline of each micro-averaged ratio is computed from the weighted sums of edits and words
/// (entity misses and entities). Slices are summed from the same draw. Resample r draws from xoshiro256**
/// seeded with outputs 4r + 1 .. 4r + 4 of SplitMix64(seed): the result depends on the seed only, not on
/// the machine, the runtime or how many threads share the resamples.
/// </summary>
public static class PairedBootstrap
{
    private const int FiguresPerGroup = 8;

    internal static BootstrapResult Run(PairedSamples samples, BootstrapOptions options)
    {
        var groups = samples.GroupCount;
        var werDeltas = new double[groups][];
        var entityDeltas = new double[groups][];
        for (var group = 0; group < groups; group++)
        {
            werDeltas[group] = new double[options.Resamples];
            entityDeltas[group] = new double[options.Resamples];
        }

        Parallel.For(
            0,
            options.Resamples,
            () => new Workspace(samples.Pairs.Length, groups),
            (resample, _, workspace) =>
            {
                var sums = workspace.Resample(samples, options.Seed, resample);
                for (var group = 0; group < groups; group++)
                {
                    var at = group * FiguresPerGroup;
                    werDeltas[group][resample] = MicroAverage.Ratio(sums[at + 2], sums[at + 3]) - MicroAverage.Ratio(sums[at], sums[at + 1]);
                    entityDeltas[group][resample] = MicroAverage.Ratio(sums[at + 6], sums[at + 7]) - MicroAverage.Ratio(sums[at + 4], sums[at + 5]);
                }

                return workspace;
            },
            _ => { });

        var wer = new ConfidenceInterval?[groups];
        var entityErrorRate = new ConfidenceInterval?[groups];
        for (var group = 0; group < groups; group++)
        {
            wer[group] = PercentileInterval.Of(werDeltas[group], options.Confidence);
            entityErrorRate[group] = PercentileInterval.Of(entityDeltas[group], options.Confidence);
        }

        return new BootstrapResult(samples.SliceNames, wer, entityErrorRate);
    }

    /// <summary>One thread's buffers, reused across the resamples it runs.</summary>
    private sealed class Workspace
    {
        private readonly byte[] _counts;
        private readonly long[] _sums;
        private readonly List<int> _overflows = [];

        public Workspace(int pairs, int groups)
        {
            _counts = new byte[pairs];
            _sums = new long[groups * FiguresPerGroup];
        }

        public long[] Resample(PairedSamples samples, ulong seed, int resample)
        {
            var pairs = samples.Pairs;
            var n = (uint)pairs.Length;
            var counts = _counts;
            Array.Clear(counts, 0, counts.Length);
            Array.Clear(_sums, 0, _sums.Length);
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

            for (var pair = 0; pair < counts.Length; pair++)
            {
                if (counts[pair] != 0)
                {
                    Accumulate(samples, pair, counts[pair]);
                }
            }

            foreach (var pair in _overflows)
            {
                Accumulate(samples, pair, 256);
            }

            return _sums;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Accumulate(PairedSamples samples, int pair, long weight)
        {
            ref readonly var figures = ref samples.Pairs[pair];
            var sums = _sums;
            sums[0] += weight * figures.BaselineEdits;
            sums[1] += weight * figures.BaselineWords;
            sums[2] += weight * figures.CanaryEdits;
            sums[3] += weight * figures.CanaryWords;
            sums[4] += weight * figures.BaselineEntityMisses;
            sums[5] += weight * figures.BaselineEntities;
            sums[6] += weight * figures.CanaryEntityMisses;
            sums[7] += weight * figures.CanaryEntities;
            var starts = samples.BaselineGroupStarts;
            var groups = samples.BaselineGroups;
            for (var i = starts[pair]; i < starts[pair + 1]; i++)
            {
                var at = groups[i] * FiguresPerGroup;
                sums[at] += weight * figures.BaselineEdits;
                sums[at + 1] += weight * figures.BaselineWords;
                sums[at + 4] += weight * figures.BaselineEntityMisses;
                sums[at + 5] += weight * figures.BaselineEntities;
            }

            starts = samples.CanaryGroupStarts;
            groups = samples.CanaryGroups;
            for (var i = starts[pair]; i < starts[pair + 1]; i++)
            {
                var at = groups[i] * FiguresPerGroup;
                sums[at + 2] += weight * figures.CanaryEdits;
                sums[at + 3] += weight * figures.CanaryWords;
                sums[at + 6] += weight * figures.CanaryEntityMisses;
                sums[at + 7] += weight * figures.CanaryEntities;
            }
        }
    }
}
