using ReleaseGates.Engine.Statistics;

namespace ReleaseGates.Engine.Decision;

/// <summary>
/// One error rate for the whole gate (contract §7): single-step max-T over every limit of every bootstrapped result
/// (Westfall and Young, "Resampling-Based Multiple Testing", Wiley 1993, §2.6 and §4; Romano and Wolf, "Exact and
/// approximate stepdown methods for multiple hypothesis testing", JASA 2005). Each limit's excess over its allowance
/// is studentised by its bootstrap scale of noise (its standard error, or its tail for a lumpy statistic: see
/// <see cref="Noise.StandardError"/>); in every resample the largest absolute studentised deviation over all limits is
/// taken, and its <c>confidence</c> quantile c is the one critical value for all. Both tails count, so a
/// skewed bootstrap distribution (a p99 of a few hundred latencies, a handful of utterances) cannot shrink c. A limit is broken beyond noise
/// when its excess is more than c standard errors above 0: for an unchanged canary, the chance that any limit of the
/// gate is called broken is at most 1 - confidence, however many budgets and slices it judges, and one quantile of one
/// maximum needs no more resamples for a gate of hundreds of results than for one. A broken limit short of that, but
/// above the maximum's 1 - 2 (1 - confidence) quantile, is inconclusive: the data point to a regression that more
/// utterances would confirm or clear.
/// </summary>
internal static class NoiseControl
{
    public const string Method = "max-T simultaneous bootstrap intervals (Westfall and Young 1993)";

    /// <summary>Resamples beyond the critical value the quantile is read from: below this it is too noisy to trust.</summary>
    private const int TailResamples = 20;

    /// <summary>The fewest resamples the method needs at <paramref name="confidence"/>.</summary>
    public static int MinimumResamples(decimal confidence) => (int)Math.Ceiling(TailResamples / (1 - confidence));

    /// <summary>Decides every limit of every comparison the bootstrap covered; others stay judged on their values.</summary>
    public static NoiseControlSummary Apply(IReadOnlyList<Comparison> comparisons, ResampledMetrics resampled)
    {
        var options = resampled.Options;
        var covered = new List<(Comparison Comparison, Noise[] Limits, Noise Delta)>();
        foreach (var comparison in comparisons)
        {
            if (resampled.TryGet(comparison.Budget.Name, comparison.Slice, out var baseline, out var canary))
            {
                var noises = comparison.Tests.Select(test => Noise.Of(test.Excess, r => test.ExcessOn(baseline[r], canary[r]), options.Resamples)).ToArray();
                var delta = Noise.Of(comparison.Delta, r => Delta(baseline[r], canary[r]), options.Resamples);
                covered.Add((comparison, noises, delta));
            }
        }

        var limits = covered.SelectMany(c => c.Limits.Select((noise, i) => new Limit(c.Comparison, i, noise))).ToList();
        var confidence = (double)options.Confidence;
        var pauseLevel = Math.Max(0.5, (2 * confidence) - 1);

        // Step-down: limits broken beyond the critical value leave the family, and the rest are judged again against the
        // maximum over those that remain, until no more break (Romano and Wolf 2005): the same error rate, more power.
        var active = limits;
        var first = Critical(active, options.Resamples, confidence);
        var critical = first;
        while (true)
        {
            var broken = active.Where(limit => limit.Exceeds(critical)).ToList();
            if (broken.Count == 0)
            {
                break;
            }

            broken.ForEach(limit => limit.Broken = true);
            active = active.Where(limit => !limit.Broken).ToList();
            critical = Critical(active, options.Resamples, confidence);
        }

        var pauseCritical = Math.Min(critical, Critical(active, options.Resamples, pauseLevel));
        foreach (var (comparison, _, delta) in covered)
        {
            Decide(comparison, limits.Where(l => l.Comparison == comparison).ToList(), critical, pauseCritical);
            if (delta.Point is { } d)
            {
                var halfWidth = double.IsNaN(delta.StandardError) ? 0 : first * delta.StandardError;
                comparison.Interval = new DeltaInterval(Round(d - halfWidth), Round(d + halfWidth));
            }
        }

        return new NoiseControlSummary(Method, options.Confidence, options.Resamples, covered.Count, resampled.UnitCount, first, Groups: resampled.GroupCount);
    }

    /// <summary>The <paramref name="level"/> quantile of the largest |studentised deviation| over <paramref name="limits"/>
    /// in each resample; 0 when none moves (every limit is then as its value says).</summary>
    private static double Critical(IReadOnlyList<Limit> limits, int resamples, double level)
    {
        var maxima = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            var max = 0.0;
            foreach (var limit in limits)
            {
                max = Math.Max(max, Math.Abs(limit.Noise.Studentized(r)));
            }

            maxima[r] = max;
        }

        Array.Sort(maxima);
        return Math.Max(0, Quantile(maxima, level));
    }

    private static void Decide(Comparison comparison, List<Limit> limits, double critical, double pauseCritical)
    {
        var verdicts = new LimitVerdict[limits.Count];
        long? needed = null;
        for (var i = 0; i < limits.Count; i++)
        {
            var limit = limits[i];
            if (limit.Broken || limit.Exceeds(critical))
            {
                verdicts[i] = LimitVerdict.Broken;
                continue;
            }

            verdicts[i] = limit.T is { } t && t > pauseCritical ? LimitVerdict.Inconclusive : LimitVerdict.Held;
            if (verdicts[i] == LimitVerdict.Inconclusive && comparison.Samples is { } samples && samples > 0)
            {
                // The standard error shrinks as 1 / sqrt(n): the n at which this excess would be c standard errors.
                var ratio = critical / limit.T!.Value;
                var estimate = (long)Math.Ceiling(samples * ratio * ratio);
                needed = Math.Max(needed ?? 0, Math.Max(estimate, samples + 1));
            }
        }

        comparison.Verdicts = verdicts;
        comparison.SamplesNeeded = verdicts.Contains(LimitVerdict.Broken) ? null : needed;
    }

    /// <summary>The order statistic at <paramref name="level"/>: the ceil(level × B)-th smallest of the sorted maxima.</summary>
    private static double Quantile(double[] sorted, double level) =>
        sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(level * sorted.Length) - 1))];

    private static double Delta(double baseline, double canary) =>
        double.IsInfinity(baseline) && baseline == canary ? 0 : canary - baseline;

    /// <summary>Six significant digits: an interval's bounds are estimates, not exact numbers.</summary>
    private static decimal Round(double value) =>
        decimal.Parse(value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One limit of one comparison in the family, with its noise.</summary>
    private sealed class Limit(Comparison comparison, int index, Noise noise)
    {
        public Comparison Comparison { get; } = comparison;

        public Noise Noise { get; } = noise;

        public bool Broken { get; set; }

        private GateValue Excess => Comparison.Tests[index].Excess;

        /// <summary>The excess in standard errors; null when it is infinite or does not move from resample to resample.</summary>
        public double? T => Excess.IsFinite && Noise.StandardError > 0 ? (double)Excess.Finite / Noise.StandardError : null;

        /// <summary>Broken at <paramref name="critical"/>: more than that many standard errors beyond its limit — or, when
        /// it has no spread (an infinite canary percentile against a finite baseline, a value that never moves), beyond
        /// the limit at all (contract §7: a timeout is the worst latency).</summary>
        public bool Exceeds(double critical) => T is { } t ? t > critical : Excess > 0m;
    }

    /// <summary>One quantity's point value and its scale of noise over the resamples.</summary>
    private sealed class Noise
    {
        /// <summary>The two-sided 99 % quantile of the standard normal: for a normal spread the scale is its standard deviation.</summary>
        private const double NormalQuantile99 = 2.5758293035489;

        private readonly double[] _resampled;

        private Noise(double? point, double[] resampled, double standardError)
        {
            Point = point;
            _resampled = resampled;
            StandardError = standardError;
        }

        /// <summary>Null when infinite.</summary>
        public double? Point { get; }

        /// <summary>
        /// The scale a deviation is measured in: the larger of the standard deviation of the finite resampled values and
        /// their 99 % quantile of |resampled - point| over 2.576. For a normal spread both are the standard deviation. A
        /// lumpy statistic (a p99 over a few hundred latencies, which jumps as its slowest values are drawn zero, one or
        /// three times) has a heavy tail: scaled by its tail, it exceeds any level as rarely as a normal one does and
        /// cannot set the gate's critical value for every other result; it needs a larger excess to break, as its own
        /// noise says it should. NaN with fewer than two finite values.
        /// </summary>
        public double StandardError { get; }

        public static Noise Of(GateValue point, Func<int, double> resample, int resamples)
        {
            var values = new double[resamples];
            var finite = new List<double>(resamples);
            for (var r = 0; r < resamples; r++)
            {
                values[r] = resample(r);
                if (IsFinite(values[r]))
                {
                    finite.Add(values[r]);
                }
            }

            var center = point.IsFinite ? (double)point.Finite : (double?)null;
            return new Noise(center, values, finite.Count < 2 ? double.NaN : Scale(finite, center));
        }

        private static double Scale(List<double> finite, double? center)
        {
            var mean = finite.Average();
            var deviation = Math.Sqrt(finite.Sum(v => (v - mean) * (v - mean)) / (finite.Count - 1));
            if (center is not { } c)
            {
                return deviation;
            }

            var distances = finite.Select(v => Math.Abs(v - c)).ToArray();
            Array.Sort(distances);
            return Math.Max(deviation, Quantile(distances, 0.99) / NormalQuantile99);
        }

        /// <summary>(resampled - point) / scale; 0 (never the maximum) when undefined, so a resample in which a
        /// percentile turned infinite on one side does not set the critical value for every other limit.</summary>
        public double Studentized(int resample)
        {
            var value = _resampled[resample];
            return Point is { } point && StandardError > 0 && IsFinite(value) ? (value - point) / StandardError : 0;
        }

        private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);
    }
}
