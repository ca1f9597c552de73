using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Statistics;

namespace ReleaseGates.Engine.Tests.Statistics;

public sealed class PairedBootstrapTests
{
    [Fact]
    public void The_same_seed_gives_the_same_interval()
    {
        var samples = Corpus(new Random(1), 2_000, baselineErrorRate: 0.10, canaryErrorRate: 0.12);

        Assert.Equal(Interval(Run(samples, seed: 7)), Interval(Run(samples, seed: 7)));
        Assert.NotEqual(Interval(Run(samples, seed: 7)), Interval(Run(samples, seed: 8)));
    }

    [Fact]
    public void The_interval_does_not_depend_on_the_thread_count_or_the_summing_path()
    {
        var samples = Corpus(new Random(2), 3_000, baselineErrorRate: 0.10, canaryErrorRate: 0.11);
        var reference = Interval(Run(samples, seed: 3, threads: 1, vectorized: false));

        Assert.Equal(reference, Interval(Run(samples, seed: 3, threads: 4, vectorized: false)));
        Assert.Equal(reference, Interval(Run(samples, seed: 3, threads: 1, vectorized: true)));
        Assert.Equal(reference, Interval(Run(samples, seed: 3, threads: 3, vectorized: true)));
    }

    [Fact]
    public void A_clear_worsening_gives_an_interval_above_zero_and_no_change_one_around_zero()
    {
        var worse = Interval(Run(Corpus(new Random(4), 5_000, baselineErrorRate: 0.10, canaryErrorRate: 0.13), seed: 1));
        var same = Interval(Run(Corpus(new Random(5), 5_000, baselineErrorRate: 0.10, canaryErrorRate: 0.10), seed: 1));

        Assert.True(worse.Low > 0.01, $"interval [{worse.Low}, {worse.High}]");
        Assert.True(same.Low < 0 && same.High > 0, $"interval [{same.Low}, {same.High}]");
    }

    [Fact]
    public void The_95_percent_interval_covers_the_true_difference_about_95_times_in_100()
    {
        // Each corpus draws per-word errors at 10 % (baseline) and 12 % (canary): the true WER delta is 0.02.
        const double trueDelta = 0.02;
        var random = new Random(6);
        var covered = 0;
        const int trials = 80;
        for (var trial = 0; trial < trials; trial++)
        {
            var interval = Interval(Run(Corpus(random, 400, baselineErrorRate: 0.10, canaryErrorRate: 0.12), seed: (ulong)trial, resamples: 400));
            covered += interval.Low <= trueDelta && trueDelta <= interval.High ? 1 : 0;
        }

        Assert.InRange(covered, 68, 80); // 95 % of 80 is 76; the binomial spread and the percentile method's small-sample bias
    }

    [Fact]
    public void Entity_error_rate_is_resampled_with_the_same_draw()
    {
        var pairs = Enumerable.Range(0, 1_000).Select(i => new PairFigures
        {
            BaselineEdits = 1, BaselineWords = 10, CanaryEdits = 1, CanaryWords = 10,
            BaselineEntities = 1, BaselineEntityMisses = i % 10 == 0 ? 1 : 0,
            CanaryEntities = 1, CanaryEntityMisses = i % 10 == 0 ? 1 : 0,
        }).ToArray();

        var result = PairedBootstrap.Run(PairedSamples.FromPairs(pairs), new BootstrapOptions(0.95m, 200, 1));

        // Identical sides: every resample's delta is exactly 0, for both metrics.
        Assert.Equal((0.0, 0.0), Interval(result, MetricNames.EntityErrorRate));
        Assert.Equal((0.0, 0.0), Interval(result));
    }

    [Fact]
    public void Metrics_other_than_ratios_of_sums_have_no_interval()
    {
        var result = Run(Corpus(new Random(7), 100, 0.1, 0.1), seed: 1);

        Assert.Null(result.Find("final_ms_p95", null));
        Assert.Null(result.Find(MetricNames.WordErrorRate, "tenant:unknown"));
    }

    [Theory]
    [InlineData(1000, 0.95, 25, 975)]
    [InlineData(1000, 0.9, 50, 950)]
    [InlineData(200, 0.95, 5, 195)]
    [InlineData(10, 0.95, 1, 10)]
    [InlineData(1, 0.95, 1, 1)]
    public void The_interval_is_two_sided_at_nearest_ranks(int resamples, double confidence, int low, int high)
    {
        Assert.Equal((low, high), PercentileInterval.Ranks((decimal)confidence, resamples));
    }

    [Fact]
    public void Resamples_without_words_are_left_out_of_the_interval()
    {
        var interval = PercentileInterval.Of([double.NaN, 0.3, 0.1, double.NaN, 0.2], 0.5m)!;

        Assert.Equal((0.1, 0.3), (interval.Low, interval.High));
        Assert.Null(PercentileInterval.Of([double.NaN], 0.95m));
    }

    /// <summary>n utterances of 5-15 words; each word is an error with the side's probability.</summary>
    internal static PairedSamples Corpus(Random random, int utterances, double baselineErrorRate, double canaryErrorRate)
    {
        var pairs = new PairFigures[utterances];
        for (var i = 0; i < utterances; i++)
        {
            var words = random.Next(5, 16);
            pairs[i] = new PairFigures
            {
                BaselineWords = words,
                CanaryWords = words,
                BaselineEdits = Enumerable.Range(0, words).Count(_ => random.NextDouble() < baselineErrorRate),
                CanaryEdits = Enumerable.Range(0, words).Count(_ => random.NextDouble() < canaryErrorRate),
            };
        }

        return PairedSamples.FromPairs(pairs);
    }

    private static BootstrapResult Run(PairedSamples samples, ulong seed, int resamples = 1000, int threads = -1, bool vectorized = true) =>
        PairedBootstrap.Run(samples, new BootstrapOptions(0.95m, resamples, seed), vectorized, threads);

    private static (double Low, double High) Interval(BootstrapResult result, string metric = MetricNames.WordErrorRate)
    {
        var interval = result.Find(metric, null)!;
        return (interval.Low, interval.High);
    }
}
