using ReleaseGates.Engine.Metrics;

namespace ReleaseGates.Engine.Statistics;

/// <summary>
/// The paired bootstrap of contract §7: <c>resamples</c> times, every resampling unit (a group, or an utterance) is
/// drawn with a Poisson(1) weight (<see cref="PoissonWeights"/>) — the same weight on both sides, and in every slice —
/// and every budgeted metric is recomputed on both sides, overall and on every baseline slice, from one set of draws.
/// Resamples are computed in blocks of <see cref="WeightBlock.Width"/> (one pass over the pairs for all of them), each
/// resample from its own seed, so the result is the same on every machine and thread count.
/// </summary>
internal static class PairedBootstrap
{
    /// <param name="threads">At most this many threads; -1 for the machine's count. Does not change the result.</param>
    public static ResampledMetrics Run(PairedSamples samples, BootstrapOptions options, int threads = -1)
    {
        var result = new ResampledMetrics(samples.Metrics.Select(m => m.Name).ToList(), samples.SliceNames, samples.UnitCount, options, samples.GroupUnitCount);
        var width = WeightBlock.Width;
        var blocks = (options.Resamples + width - 1) / width;

        // One worker per thread, each with its own sums, taking the next block until none is left. Not a Parallel.For
        // over the blocks with thread-local sums: each of its tasks ends after a time slice and the next one builds new
        // sums, megabytes of weights every time.
        var workers = Math.Min(blocks, threads > 0 ? threads : Environment.ProcessorCount);
        var next = -1;
        Parallel.For(
            0,
            workers,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers) },
            _ =>
            {
                BlockSums? sums = null;
                int block;
                while ((block = Interlocked.Increment(ref next)) < blocks)
                {
                    sums ??= new BlockSums(samples);
                    var first = block * width;
                    var count = Math.Min(width, options.Resamples - first);
                    sums.Run(options.Seed, first, count);
                    for (var r = 0; r < count; r++)
                    {
                        Record(samples, sums, result, first + r, r);
                    }
                }
            });
        return result;
    }

    private static void Record(PairedSamples samples, BlockSums sums, ResampledMetrics result, int resample, int lane)
    {
        for (var metric = 0; metric < samples.Metrics.Count; metric++)
        {
            var definition = samples.Metrics[metric];
            for (var group = 0; group < samples.GroupCount; group++)
            {
                for (var side = 0; side < 2; side++)
                {
                    var value = definition switch
                    {
                        ResampledMetric.Ratio ratio => MicroAverage.Ratio(
                            Count(samples, sums, ratio.Numerator, group, side, lane),
                            Count(samples, sums, ratio.Denominator, group, side, lane)),
                        ResampledMetric.Mean mean => Mean(samples, sums, mean, group, side, lane),
                        ResampledMetric.Percentile percentile => Percentile(samples, sums, percentile, group, side, lane),
                        _ => throw new InvalidOperationException("unknown metric kind"),
                    };
                    result.Set(metric, group, side, resample, value);
                }
            }
        }
    }

    /// <summary>A whole-count figure's weighted sum: a count lane, or a class lane's weights.</summary>
    private static long Count(PairedSamples samples, BlockSums sums, Figure figure, int group, int side, int lane)
    {
        if (CountLanes.IsCount(figure.Source))
        {
            return sums.Count(group, samples.Counts.LaneOf(figure.Source, side), side, lane);
        }

        var classLane = samples.Classes.LaneOf(figure.Field!, side);
        return figure.Source switch
        {
            FigureSource.Reported => sums.Reported(group, classLane, lane),
            FigureSource.Timeouts => sums.Class(group, classLane, RankSegments.Timeout, lane),
            FigureSource.Trues => sums.Class(group, classLane, 1, lane),
            _ => throw new ArgumentOutOfRangeException(nameof(figure), figure.Source, "not a count"),
        };
    }

    private static double Mean(PairedSamples samples, BlockSums sums, ResampledMetric.Mean mean, int group, int side, int lane)
    {
        var classLane = samples.Classes.LaneOf(mean.Field, side);
        var reported = sums.Reported(group, classLane, lane);
        if (reported == 0)
        {
            return double.NaN;
        }

        return sums.Class(group, classLane, RankSegments.Timeout, lane) > 0
            ? double.PositiveInfinity
            : sums.Sum(group, samples.Sums.LaneOf(mean.Field, side), lane) / reported;
    }

    /// <summary>The nearest rank ceil(p × total / 100) of the weighted values, counting each unit as often as it was drawn.</summary>
    private static double Percentile(PairedSamples samples, BlockSums sums, ResampledMetric.Percentile percentile, int group, int side, int lane)
    {
        var classLane = samples.Classes.LaneOf(percentile.Field, side);
        var total = sums.Reported(group, classLane, lane);
        if (total == 0)
        {
            return double.NaN;
        }

        var rank = Math.Max(1, ((percentile.Percent * total) + 99) / 100);
        return samples.Classes.Percentile(classLane, group, rank, sums.ClassCounts, sums.ClassAt(group, classLane), sums.Weights, lane);
    }
}
