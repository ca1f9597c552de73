using System;
using System.Linq;
using System.Threading.Tasks;
using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// The paired bootstrap of contract §7: <c>resamples</c> times, every resampling unit (a group, or an utterance) is
/// drawn with a Poisson(1) weight (<see cref="PoissonWeights"/>) — the same weight on both sides, and in every slice —
/// and every budgeted metric is recomputed on both sides, overall and on every baseline slice, from one set of draws.
/// Each resample is computed whole by one thread from its own seed, so the result is the same on every machine and
/// thread count.
/// </summary>
internal static class PairedBootstrap
{
    /// <param name="threads">At most this many threads; -1 for the machine's count. Does not change the result.</param>
    public static ResampledMetrics Run(PairedSamples samples, BootstrapOptions options, int threads = -1)
    {
        var result = new ResampledMetrics(samples.Metrics.Select(m => m.Name).ToList(), samples.SliceNames, samples.UnitCount, options, samples.GroupUnitCount);
        Parallel.For(
            0,
            options.Resamples,
            new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => new ResampleWorkspace(samples),
            (resample, _, workspace) =>
            {
                workspace.Resample(options.Seed, resample);
                Record(samples, workspace, result, resample);
                return workspace;
            },
            _ => { });
        return result;
    }

    private static void Record(PairedSamples samples, ResampleWorkspace workspace, ResampledMetrics result, int resample)
    {
        var percentiles = new double[1];
        var percent = new int[1];
        for (var metric = 0; metric < samples.Metrics.Count; metric++)
        {
            var definition = samples.Metrics[metric];
            for (var group = 0; group < samples.GroupCount; group++)
            {
                for (var side = 0; side < 2; side++)
                {
                    double value;
                    switch (definition)
                    {
                        case ResampledMetric.Ratio ratio:
                            value = MicroAverage.Ratio(
                                workspace.Count(group, samples.Lane(ratio.Numerator, side)),
                                workspace.Count(group, samples.Lane(ratio.Denominator, side)));
                            break;
                        case ResampledMetric.Mean mean:
                            value = Mean(samples, workspace, mean, group, side);
                            break;
                        case ResampledMetric.Percentile percentile:
                            percent[0] = percentile.Percent;
                            var reported = workspace.Count(group, samples.Lane(new Figure(FigureSource.Reported, percentile.Field), side));
                            samples.Ranked[(percentile.Field, side, group)].Percentiles(workspace.Weights, reported, percent, percentiles);
                            value = percentiles[0];
                            break;
                        default:
                            throw new InvalidOperationException("unknown metric kind");
                    }

                    result.Set(metric, group, side, resample, value);
                }
            }
        }
    }

    private static double Mean(PairedSamples samples, ResampleWorkspace workspace, ResampledMetric.Mean mean, int group, int side)
    {
        var reported = workspace.Count(group, samples.Lane(new Figure(FigureSource.Reported, mean.Field), side));
        if (reported == 0)
        {
            return double.NaN;
        }

        return workspace.Count(group, samples.Lane(new Figure(FigureSource.Timeouts, mean.Field), side)) > 0
            ? double.PositiveInfinity
            : workspace.Sum(group, samples.Lane(new Figure(FigureSource.Sum, mean.Field), side)) / reported;
    }
}
