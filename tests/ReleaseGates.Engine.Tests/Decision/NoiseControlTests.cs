using ReleaseGates.Engine.Decision;
using ReleaseGates.Engine.Gates;
using ReleaseGates.Engine.Json;
using ReleaseGates.Engine.Statistics;

namespace ReleaseGates.Engine.Tests.Decision;

/// <summary>
/// The rule of contract §7 on resamples with a known shape: each limit's excess studentised by its standard error,
/// one critical value (the confidence quantile of the largest |deviation| over every limit) for the whole gate.
/// </summary>
public sealed class NoiseControlTests
{
    private const int Resamples = 2000;

    private static readonly Budget Wer = new("wer", Direction.LowerIsBetter, 0.005m, null, null, null, RegressionAction.Rollback, MissingAction.Pause, TextSpan.None);

    [Theory]
    [InlineData(1.5, "Held")]           // below the pause level (1.645 for one limit)
    [InlineData(1.8, "Inconclusive")]   // between the pause and the rollback level (1.96)
    [InlineData(2.2, "Broken")]         // beyond the rollback level
    [InlineData(-3.0, "Held")]          // a clear improvement
    public void A_limit_is_broken_inconclusive_or_held_by_its_excess_in_standard_errors(double t, string verdict)
    {
        var comparison = Compare(t, out var resampled);

        NoiseControl.Apply([comparison], resampled);

        Assert.Equal(verdict, Assert.Single(comparison.Verdicts!).ToString());
    }

    [Fact]
    public void The_critical_value_is_one_for_the_gate_and_grows_with_the_number_of_limits()
    {
        var one = Compare(2.2, out var alone);
        var summary = NoiseControl.Apply([one], alone);

        var many = Enumerable.Range(0, 50).Select(i => (Comparison: Compare(2.2, out var _, shift: i), i)).ToList();
        var resampled = new ResampledMetrics(many.Select(m => $"wer{m.i}").ToList(), [], 100, new BootstrapOptions(0.95m, Resamples, 0));
        var comparisons = many.Select(m => m.Comparison with { Budget = Wer with { Name = $"wer{m.i}" } }).ToList();
        for (var i = 0; i < comparisons.Count; i++)
        {
            Fill(resampled, i, excess: 2.2 * Se, shift: i);
        }

        var fifty = NoiseControl.Apply(comparisons, resampled);

        Assert.InRange(summary.CriticalValue!.Value, 1.90, 2.02);   // one limit: the two-sided 95 % normal quantile
        Assert.InRange(fifty.CriticalValue!.Value, 2.9, 3.5);       // fifty independent limits: about the 0.05 / 50 two-sided quantile
        Assert.Equal(LimitVerdict.Broken, Assert.Single(one.Verdicts!));
        Assert.All(comparisons, c => Assert.Equal(LimitVerdict.Held, Assert.Single(c.Verdicts!))); // 2.2 standard errors is noise among fifty
        Assert.Equal(50, fifty.Results);
    }

    [Fact]
    public void A_limit_broken_beyond_noise_leaves_the_family_and_the_rest_are_judged_again()
    {
        // Alone, 2.1 standard errors is beyond the one-limit critical value (1.96) but not beyond the two-limit one
        // (about 2.24); once the clear regression (10 standard errors) is broken, step-down judges it alone.
        var resampled = new ResampledMetrics(["wer", "clear"], [], 500, new BootstrapOptions(0.95m, Resamples, 0));
        var borderline = Compare(2.1, out _);
        var clear = Compare(10, out _) with { Budget = Wer with { Name = "clear" } };
        Fill(resampled, 0, excess: 2.1 * Se, shift: 0);
        Fill(resampled, 1, excess: 10 * Se, shift: 1);

        var summary = NoiseControl.Apply([borderline, clear], resampled);

        Assert.InRange(summary.CriticalValue!.Value, 2.1, 2.4); // the single-step value, which the intervals use
        Assert.Equal(LimitVerdict.Broken, Assert.Single(clear.Verdicts!));
        Assert.Equal(LimitVerdict.Broken, Assert.Single(borderline.Verdicts!));
    }

    [Fact]
    public void An_inconclusive_result_says_how_many_utterances_would_settle_it()
    {
        var comparison = Compare(1.8, out var resampled, samples: 1000);

        var summary = NoiseControl.Apply([comparison], resampled);

        // The standard error shrinks as 1 / sqrt(n): 1.8 standard errors become c at n × (c / 1.8)².
        var expected = (long)Math.Ceiling(1000 * Math.Pow(summary.CriticalValue!.Value / 1.8, 2));
        Assert.Equal(expected, comparison.SamplesNeeded);
        Assert.True(comparison.SamplesNeeded > 1000);
    }

    [Fact]
    public void The_interval_is_the_delta_plus_or_minus_c_standard_errors()
    {
        var comparison = Compare(2.2, out var resampled);

        var summary = NoiseControl.Apply([comparison], resampled);

        var delta = (double)comparison.Delta.Finite;
        Assert.Equal(delta - (summary.CriticalValue!.Value * Se), (double)comparison.Interval!.Low, 5);
        Assert.Equal(delta + (summary.CriticalValue.Value * Se), (double)comparison.Interval.High, 5);
    }

    [Fact]
    public void An_infinite_canary_percentile_against_a_finite_baseline_is_broken_whatever_the_noise()
    {
        var budget = Wer with { Name = "first_partial_ms_p95", AllowedDelta = null, AllowedRelativeDelta = 0.10m };
        var comparison = new Comparison(budget, null, 240m, GateValue.PositiveInfinity, LimitTest.For(budget, 240m, GateValue.PositiveInfinity), 1000);
        var resampled = new ResampledMetrics(["first_partial_ms_p95"], [], 1000, new BootstrapOptions(0.95m, Resamples, 0));
        for (var r = 0; r < Resamples; r++)
        {
            resampled.Set(0, 0, 0, r, 240 + (r % 7));
            resampled.Set(0, 0, 1, r, r % 3 == 0 ? 250 : double.PositiveInfinity);
        }

        NoiseControl.Apply([comparison], resampled);

        Assert.Equal(LimitVerdict.Broken, Assert.Single(comparison.Verdicts!));
    }

    [Fact]
    public void Both_sides_infinite_is_no_change()
    {
        var budget = Wer with { Name = "final_ms_p99", AllowedDelta = 0m };
        var tests = LimitTest.For(budget, GateValue.PositiveInfinity, GateValue.PositiveInfinity);

        Assert.False(Assert.Single(tests).IsBroken);
        Assert.Equal("+0 within 0 allowed", tests[0].Comparison);
    }

    [Fact]
    public void Too_few_resamples_for_the_confidence_are_named_with_the_minimum()
    {
        Assert.Equal(400, NoiseControl.MinimumResamples(0.95m));
        Assert.Equal(2000, NoiseControl.MinimumResamples(0.99m));
    }

    private const double Se = 0.002;

    /// <summary>A wer comparison whose delta exceeds the allowance by <paramref name="t"/> standard errors, and
    /// resamples whose deltas are normal quantiles around it (standard error <see cref="Se"/>).</summary>
    private static Comparison Compare(double t, out ResampledMetrics resampled, long samples = 500, int shift = 0)
    {
        var excess = t * Se;
        var canary = 0.08m + 0.005m + (decimal)excess;
        var comparison = new Comparison(Wer, null, 0.08m, canary, LimitTest.For(Wer, 0.08m, canary), samples);
        resampled = new ResampledMetrics(["wer"], [], (int)samples, new BootstrapOptions(0.95m, Resamples, 0));
        Fill(resampled, 0, excess, shift);
        return comparison;
    }

    /// <summary>Baseline 0.08; canary 0.085 + excess + Se × z, z the normal quantiles at (r + 0.5) / R in a shuffled
    /// order (each <paramref name="shift"/> its own, so that the limits of one gate are independent).</summary>
    private static void Fill(ResampledMetrics resampled, int metric, double excess, int shift)
    {
        var order = Enumerable.Range(0, Resamples).ToArray();
        new Random(shift + 1).Shuffle(order);
        for (var r = 0; r < Resamples; r++)
        {
            var z = InverseNormal((order[r] + 0.5) / Resamples);
            resampled.Set(metric, 0, 0, r, 0.08);
            resampled.Set(metric, 0, 1, r, 0.085 + excess + (Se * z));
        }
    }

    /// <summary>Acklam's rational approximation of the standard normal quantile (relative error below 1.2e-9).</summary>
    private static double InverseNormal(double p)
    {
        double[] a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
        double[] b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
        double[] c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
        double[] d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
        if (p < 0.02425)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }

        if (p > 1 - 0.02425)
        {
            return -InverseNormal(1 - p);
        }

        var u = p - 0.5;
        var r2 = u * u;
        return (((((a[0] * r2 + a[1]) * r2 + a[2]) * r2 + a[3]) * r2 + a[4]) * r2 + a[5]) * u / (((((b[0] * r2 + b[1]) * r2 + b[2]) * r2 + b[3]) * r2 + b[4]) * r2 + 1);
    }
}
