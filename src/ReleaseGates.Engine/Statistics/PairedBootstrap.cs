using System;
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

    /// <param name="samples">The paired utterances.</param>
    /// <param name="options">Confidence, resamples and seed.</param>
    /// <param name="vectorized">False forces the scalar summing path (tests compare both).</param>
    /// <param name="threads">At most this many threads; -1 for the machine's count. Does not change the result.</param>
    internal static BootstrapResult Run(PairedSamples samples, BootstrapOptions options, bool vectorized = true, int threads = -1)
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
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => new ResampleWorkspace(samples, vectorized),
            (resample, _, workspace) =>
            {
                var sums = workspace.Resample(options.Seed, resample);
                for (var group = 0; group < groups; group++)
                {
                    var at = group * ResampleWorkspace.FiguresPerGroup;
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
}
