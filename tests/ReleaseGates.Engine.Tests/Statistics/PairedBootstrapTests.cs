using ReleaseGates.Engine.Metrics;
using ReleaseGates.Engine.Statistics;
using ReleaseGates.Engine.Tests.Utterances;
using ReleaseGates.Engine.Utterances;

namespace ReleaseGates.Engine.Tests.Statistics;

/// <summary>
/// The bootstrap recomputes every metric on each resample exactly as a brute force would: repeat each utterance as
/// many times as its resampling unit was drawn, then compute the metric on that list.
/// </summary>
public sealed class PairedBootstrapTests : IDisposable
{
    private const ulong Seed = 11;
    private readonly Workspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    public static TheoryData<string> Metrics =>
    [
        MetricNames.WordErrorRate, MetricNames.EntityErrorRate, MetricNames.PartialChurn,
        "final_ms_p50", "final_ms_p95", "final_ms_p99", "final_ms_timeout_rate",
        "cost_mean", "cost_p95", "cost_timeout_rate", "handoff_rate",
    ];

    [Theory]
    [MemberData(nameof(Metrics))]
    public void Each_resample_is_the_metric_of_the_utterances_repeated_by_their_weights(string metric)
    {
        var (baseline, canary, samples) = Corpus(grouped: false, metric);
        var resampled = PairedBootstrap.Run(samples, new BootstrapOptions(0.95m, 60, Seed));

        Assert.True(resampled.TryGet(metric, null, out var baselineValues, out var canaryValues));
        AssertMatchesBruteForce(baseline, canary, samples, metric, slice: null, baselineValues, canaryValues);
        Assert.True(resampled.TryGet(metric, "tenant:b", out baselineValues, out canaryValues));
        AssertMatchesBruteForce(baseline, canary, samples, metric, "tenant:b", baselineValues, canaryValues);
    }

    /// <summary>Large groups: the percentiles are found by walking only a window around each point estimate's rank,
    /// and a rank outside every window (made common here by windows a fraction of a standard error wide) by searching
    /// the values; both must give the brute force's value. Latencies with many ties, without ties, with timeouts, not
    /// reported; a measure summed for its mean; calls as groups.</summary>
    [Theory]
    [InlineData(RankSegments.WindowErrors, false)]
    [InlineData(0.2, false)]
    [InlineData(0.2, true)]
    public void Percentiles_of_large_groups_match_the_brute_force_inside_and_outside_the_windows(double windowErrors, bool grouped)
    {
        string[] metrics = ["first_partial_ms_p50", "first_partial_ms_p95", "first_partial_ms_p99", "final_ms_p50", "final_ms_p95", "final_ms_p99",
            "final_ms_timeout_rate", "cost_mean", "cost_p99", MetricNames.WordErrorRate, "handoff_rate"];
        _workspace.Write("b.jsonl", LargeLines(new Random(5), grouped, timeoutEvery: 97));
        _workspace.Write("c.jsonl", LargeLines(new Random(6), grouped, timeoutEvery: 41));
        var baseline = UtteranceCorpus.Read(_workspace, "b.jsonl");
        var canary = UtteranceCorpus.Read(_workspace, "c.jsonl");
        var definitions = metrics.Select(m => ResampledMetric.For(m, field => Kind(baseline, field))!).ToList();
        var samples = PairedSamples.Create(baseline, canary, UtterancePairing.Pair(baseline, canary), definitions, windowErrors);
        var resampled = PairedBootstrap.Run(samples, new BootstrapOptions(0.95m, 20, Seed));

        foreach (var metric in metrics)
        {
            foreach (var slice in new[] { null, "tenant:a", "tenant:b" })
            {
                Assert.True(resampled.TryGet(metric, slice, out var baselineValues, out var canaryValues));
                AssertMatchesBruteForce(baseline, canary, samples, metric, slice, baselineValues, canaryValues);
            }
        }
    }

    [Fact]
    public void The_utterances_of_one_group_share_their_weight()
    {
        var (baseline, canary, samples) = Corpus(grouped: true, MetricNames.WordErrorRate, "final_ms_p95");
        var resampled = PairedBootstrap.Run(samples, new BootstrapOptions(0.95m, 60, Seed));

        Assert.Equal(8, samples.UnitCount); // 40 utterances in 8 calls
        foreach (var metric in new[] { MetricNames.WordErrorRate, "final_ms_p95" })
        {
            resampled.TryGet(metric, null, out var baselineValues, out var canaryValues);
            AssertMatchesBruteForce(baseline, canary, samples, metric, null, baselineValues, canaryValues);
        }
    }

    [Fact]
    public void The_result_does_not_depend_on_the_thread_count()
    {
        var (_, _, samples) = Corpus(grouped: false, MetricNames.WordErrorRate, "final_ms_p95", "cost_mean");
        var options = new BootstrapOptions(0.95m, 100, Seed);
        var one = PairedBootstrap.Run(samples, options, threads: 1);
        var three = PairedBootstrap.Run(samples, options, threads: 3);

        foreach (var metric in new[] { MetricNames.WordErrorRate, "final_ms_p95", "cost_mean" })
        {
            one.TryGet(metric, "tenant:a", out var b1, out var c1);
            three.TryGet(metric, "tenant:a", out var b3, out var c3);
            Assert.Equal(b1, b3);
            Assert.Equal(c1, c3);
        }
    }

    [Fact]
    public void Another_seed_gives_other_draws_and_the_same_seed_the_same()
    {
        var (_, _, samples) = Corpus(grouped: false, MetricNames.WordErrorRate);

        PairedBootstrap.Run(samples, new BootstrapOptions(0.95m, 50, 1)).TryGet("wer", null, out var first, out _);
        PairedBootstrap.Run(samples, new BootstrapOptions(0.95m, 50, 1)).TryGet("wer", null, out var again, out _);
        PairedBootstrap.Run(samples, new BootstrapOptions(0.95m, 50, 2)).TryGet("wer", null, out var other, out _);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Poisson_weights_average_one_and_spread_like_Poisson_1()
    {
        var weights = new byte[200_000];
        PoissonWeights.Draw(5, 0, weights);

        var mean = weights.Average(w => (double)w);
        var variance = weights.Average(w => (w - mean) * (w - mean));
        var zeros = weights.Count(w => w == 0) / (double)weights.Length;
        Assert.InRange(mean, 0.99, 1.01);
        Assert.InRange(variance, 0.98, 1.02);
        Assert.InRange(zeros, Math.Exp(-1) - 0.005, Math.Exp(-1) + 0.005);
    }

    [Fact]
    public void A_draw_weighs_as_many_as_the_thresholds_it_reaches_on_either_side_of_each_and_of_every_top_byte()
    {
        var draws = PoissonWeights.Thresholds.SelectMany(t => new[] { t - 1, t, t + 1 })
            .Concat(Enumerable.Range(0, 256).SelectMany(top => new[] { (uint)top << 24, ((uint)top << 24) | 0xFFFFFFu }))
            .Concat([uint.MaxValue - 1, uint.MaxValue]);

        foreach (var draw in draws)
        {
            Assert.Equal(PoissonWeights.Thresholds.Count(t => draw >= t), PoissonWeights.Weight(draw));
        }
    }

    private (UtteranceSet Baseline, UtteranceSet Canary, PairedSamples Samples) Corpus(bool grouped, params string[] metrics)
    {
        _workspace.Write("b.jsonl", Lines(new Random(3), grouped, timeoutEvery: 13));
        _workspace.Write("c.jsonl", Lines(new Random(4), grouped, timeoutEvery: 7));
        var baseline = UtteranceCorpus.Read(_workspace, "b.jsonl");
        var canary = UtteranceCorpus.Read(_workspace, "c.jsonl");
        var definitions = metrics.Select(m => ResampledMetric.For(m, field => Kind(baseline, field))!).ToList();
        return (baseline, canary, PairedSamples.Create(baseline, canary, UtterancePairing.Pair(baseline, canary), definitions));
    }

    private static FieldKind? Kind(UtteranceSet set, string field) =>
        Enumerable.Range(0, set.Fields.Count).Where(f => set.Fields.Name(f) == field).Select(f => (FieldKind?)set.Fields.Kind(f)).FirstOrDefault();

    /// <summary>40 utterances in two slices (in 8 calls when grouped), with text, entities, partials, a latency with
    /// some timeouts, a number measure and a boolean one.</summary>
    private static string Lines(Random random, bool grouped, int timeoutEvery)
    {
        string[] words = ["start", "metformin", "five", "hundred", "milligrams", "twice", "daily", "stop", "aspirin", "now"];
        string Text(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
        return string.Join("\n", Enumerable.Range(0, 40).Select(i =>
        {
            var reference = $"start metformin {i % 7} now";
            var hypothesis = random.Next(3) == 0 ? Text(4) : reference;
            var final = i % timeoutEvery == 0 ? "Infinity" : random.Next(200, 2000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var cost = i % (timeoutEvery + 2) == 0 ? "Infinity" : (random.NextDouble() / 100).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            var group = grouped ? $", \"group\": \"call-{i % 8}\"" : string.Empty;
            var handoff = random.Next(4) == 0 ? "true" : "false";
            return $$"""{"id": "u{{i}}", "reference": "{{reference}}", "hypothesis": "{{hypothesis}}", "slices": ["tenant:{{(i % 3 == 0 ? "a" : "b")}}"], "entities": ["metformin"], "partials": ["{{Text(1)}}", "{{Text(2)}}"], "final_ms": {{final}}{{group}}, "measures": {"cost": {{cost}}, "handoff": {{handoff}} """ + "}}";
        })) + "\n";
    }

    /// <summary>3,000 utterances: first_partial_ms whole (many ties), final_ms with decimals (few), some not reported
    /// and some timeouts; a cost measure; a third in tenant:a, the rest in tenant:b, every fifth in both.</summary>
    private static string LargeLines(Random random, bool grouped, int timeoutEvery)
    {
        var lines = Enumerable.Range(0, 3000).Select(i =>
        {
            var invariant = System.Globalization.CultureInfo.InvariantCulture;
            var first = i % 53 == 0 ? "null" : random.Next(100, 400).ToString(invariant);
            var final = i % timeoutEvery == 0 ? "Infinity" : (random.NextDouble() * 2000).ToString("R", invariant);
            var cost = i % 89 == 0 ? "Infinity" : (random.NextDouble() / 10).ToString("R", invariant);
            var slices = i % 5 == 0 ? "\"tenant:a\", \"tenant:b\"" : i % 3 == 0 ? "\"tenant:a\"" : "\"tenant:b\"";
            var group = grouped ? $", \"group\": \"call-{i / 7}\"" : string.Empty;
            var handoff = random.Next(4) == 0 ? "true" : "false";
            var hypothesis = random.Next(4) == 0 ? "start aspirin now" : "start metformin now";
            return $$"""{"id": "u{{i}}", "reference": "start metformin now", "hypothesis": "{{hypothesis}}", "slices": [{{slices}}], "first_partial_ms": {{first}}, "final_ms": {{final}}{{group}}, "measures": {"cost": {{cost}}, "handoff": {{handoff}} """ + "}}";
        });
        return string.Join("\n", lines) + "\n";
    }

    private static void AssertMatchesBruteForce(UtteranceSet baseline, UtteranceSet canary, PairedSamples samples, string metric, string? slice, double[] baselineValues, double[] canaryValues)
    {
        var weights = new byte[samples.UnitCount];
        for (var resample = 0; resample < baselineValues.Length; resample++)
        {
            PoissonWeights.Draw(Seed, resample, weights);
            Assert.Equal(BruteForce(baseline, samples, weights, metric, slice), baselineValues[resample]);
            Assert.Equal(BruteForce(canary, samples, weights, metric, slice), canaryValues[resample]);
        }
    }

    /// <summary>The metric of the list in which utterance i appears weight(unit of i) times (ids pair in order here).</summary>
    private static double BruteForce(UtteranceSet set, PairedSamples samples, byte[] weights, string metric, string? slice)
    {
        var repeated = new List<int>();
        for (var i = 0; i < set.Count; i++)
        {
            if (slice is null || set.SlicesOf(set.Records[i]).ToArray().Any(s => set.Slices.GetString(s) == slice))
            {
                repeated.AddRange(Enumerable.Repeat(i, weights[samples.UnitOfPair[i]]));
            }
        }

        double Ratio(Func<int, double> numerator, Func<int, double> denominator)
        {
            var d = repeated.Sum(denominator);
            return d == 0 ? double.NaN : repeated.Sum(numerator) / d;
        }

        double[] Values(string field) => set.Fields.Values(Enumerable.Range(0, set.Fields.Count).Single(f => set.Fields.Name(f) == field));
        IEnumerable<double> Reported(string field) => repeated.Select(i => Values(field)[i]).Where(v => !double.IsNaN(v));

        var records = set.Records.ToArray();
        return metric switch
        {
            "wer" => Ratio(i => records[i].Score.Edits, i => records[i].Score.ReferenceWords),
            "entity_error_rate" => Ratio(i => records[i].Score.EntityMisses, i => records[i].Score.Entities),
            "partial_churn" => Ratio(i => records[i].Score.Erasures, i => records[i].Score.ChurnWords),
            "final_ms_timeout_rate" or "cost_timeout_rate" => Ratio(i => double.IsPositiveInfinity(Values(metric.Replace("_timeout_rate", "", StringComparison.Ordinal))[i]) ? 1 : 0, i => double.IsNaN(Values(metric.Replace("_timeout_rate", "", StringComparison.Ordinal))[i]) ? 0 : 1),
            "handoff_rate" => Ratio(i => Values("handoff")[i] > 0 ? 1 : 0, i => double.IsNaN(Values("handoff")[i]) ? 0 : 1),
            "cost_mean" => Mean(set, samples, weights, Values("cost"), slice),
            _ => NearestRank(Reported(metric[..metric.LastIndexOf('_')]).ToArray(), int.Parse(metric[(metric.LastIndexOf('_') + 2)..], System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>The weighted mean, summed as weight × value in utterance order (a sum of doubles depends on its order).</summary>
    private static double Mean(UtteranceSet set, PairedSamples samples, byte[] weights, double[] values, string? slice)
    {
        double sum = 0;
        long count = 0;
        var timedOut = false;
        for (var i = 0; i < set.Count; i++)
        {
            var inSlice = slice is null || set.SlicesOf(set.Records[i]).ToArray().Any(s => set.Slices.GetString(s) == slice);
            var weight = weights[samples.UnitOfPair[i]];
            if (!inSlice || double.IsNaN(values[i]) || weight == 0)
            {
                continue;
            }

            count += weight;
            timedOut |= double.IsPositiveInfinity(values[i]);
            sum += double.IsPositiveInfinity(values[i]) ? 0 : weight * values[i];
        }

        return count == 0 ? double.NaN : timedOut ? double.PositiveInfinity : sum / count;
    }

    private static double NearestRank(double[] values, int percent)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        Array.Sort(values);
        return values[Math.Max(1, (int)Math.Ceiling(percent * (decimal)values.Length / 100)) - 1];
    }
}
